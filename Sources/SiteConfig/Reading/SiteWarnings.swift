import QueueCore

/// Things that load but are probably not what the admin meant: labels missing in a kiosk
/// language, services no desk calls, service hours outside the site's hours.
struct SiteWarnings {
    let site: SiteConfiguration
    let map: SourceMap
    let problems: ProblemCollector

    func check(hoursGiven: Bool) {
        if !hoursGiven {
            problems.warn("no [hours] section: the site takes tickets every day, all day", at: nil)
        } else if Weekday.allCases.allSatisfy({ site.hours.weekly.windows(on: $0).isEmpty }) {
            problems.warn("[hours]: the site is closed every day of the week, so it never takes tickets", at: map.site)
        }
        for (service, source) in zip(site.services, map.services) {
            checkLabels(service, at: source.table)
            if !site.desks.contains(where: { $0.services.contains(service.id) }) {
                problems.warn("no desk serves service '\(service.id)', so its tickets are never called", at: source.table)
            }
            if let hours = service.hours { checkHours(hours, of: service, at: source.table) }
        }
    }

    func checkLabels(_ service: Service, at position: SourcePosition) {
        let missing = site.languages.filter { service.labels[$0] == nil }
        guard !missing.isEmpty else { return }
        let list = missing.map(\.rawValue).joined(separator: ", ")
        problems.warn(
            "service '\(service.id)' has no label in \(list); the kiosk shows '\(service.id)' there", at: position)
    }

    func checkHours(_ hours: WeeklyHours, of service: Service, at position: SourcePosition) {
        for day in Weekday.allCases {
            let own = hours.windows(on: day)
            let site = site.hours.weekly.windows(on: day)
            for window in own where !site.contains(where: { $0.overlaps(window) }) {
                let name = WeekdayKey.fullNames[day.rawValue - 1]
                problems.warn(
                    "service '\(service.id)': its hours on \(name) (\(window)) are outside the site's "
                        + "(\(HoursText.format(site))), so it takes no tickets then",
                    at: position)
            }
        }
    }
}
