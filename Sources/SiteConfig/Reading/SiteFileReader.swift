import QueueCore

/// Reads a whole site file: syntax, then each section, then the site rules of
/// `SiteConfiguration.problems()`, collecting every problem on the way.
struct SiteFileReader {
    let source: String
    let zoneInfo: (String) -> [UInt8]?
    let environment: [String: String]

    func read(_ text: String) -> Result<SiteFile, ConfigError> {
        let problems = ProblemCollector(source: source)
        let (root, syntaxErrors) = TOMLParser.parse(text)
        for error in syntaxErrors {
            problems.add(error.message, at: error.position, showColumn: true)
        }
        let sections = SectionReader(problems: problems).read(root)
        var map = SourceMap()

        let siteSection = SiteSectionReader(problems: problems, zoneInfo: zoneInfo).read(sections.site, into: &map)
        var hours = OpeningHours.always
        if let table = sections.hours {
            let result = HoursReader(context: "[hours]", problems: problems).read(table, allowsClosedDates: true)
            hours = OpeningHours(weekly: result.weekly, closedDates: result.closedDates)
        }
        let services = sections.services.compactMap { ServiceReader(problems: problems).read($0, into: &map) }
        let desks = sections.desks.compactMap { DeskReader(problems: problems).read($0, into: &map) }
        let server = ServerSectionReader(problems: problems, environment: environment)
            .read(server: sections.server, limits: sections.limits)

        let site = SiteConfiguration(
            name: siteSection.name, timeZone: siteSection.timeZone, services: services, desks: desks, hours: hours,
            priorityRatio: siteSection.priorityRatio, languages: siteSection.languages,
            defaultConsultationMinutes: siteSection.consultationMinutes,
            lateCheckInGraceMinutes: siteSection.lateCheckInGraceMinutes)
        let locator = ProblemLocator(map: map, site: site)
        for message in site.problems() {
            guard let located = locator.locate(message) else { continue }
            problems.add(located.message, at: located.position, showColumn: located.showColumn)
        }
        SiteWarnings(site: site, map: map, problems: problems).check(hoursGiven: sections.hours != nil)

        guard !problems.hasProblems else { return .failure(ConfigError(problems: problems.sortedProblems)) }
        return .success(SiteFile(site: site, server: server, source: source, warnings: problems.sortedWarnings))
    }
}
