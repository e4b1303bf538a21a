import QueueCore

/// The one-line summary `check-config` prints for a good file:
/// `MASS de Bruxelles (Europe/Brussels): 3 services (medical M, social S, psychological P), 4 desks, …`.
struct SiteSummary {
    let file: SiteFile

    var text: String {
        let site = file.site
        let services = site.services.map { "\($0.id) \($0.prefix)" }.joined(separator: ", ")
        let openDays = Weekday.allCases.filter { !site.hours.weekly.windows(on: $0).isEmpty }.count
        let parts = [
            "\(count(site.services.count, "service")) (\(services))",
            count(site.desks.count, "desk"),
            "languages " + site.languages.map(\.rawValue).joined(separator: " "),
            "open \(count(openDays, "day")) a week"
                + (site.hours.closedDates.isEmpty ? "" : ", \(count(site.hours.closedDates.count, "closed date"))"),
            "listening on " + file.server.listen.map(\.description).joined(separator: " "),
            "database \(file.server.databasePath)",
        ]
        return "\(site.name) (\(site.timeZone.identifier)): " + parts.joined(separator: ", ")
    }

    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
