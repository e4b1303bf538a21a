import QueueCore
import Testing

@testable import SiteConfig

/// The commented example files in deploy/sites: each loads with no problem and means what
/// its comments say.
@Suite struct ExampleSiteTests {
    static let examples = ["mass-bruxelles.toml", "mdm-brussels.toml", "mdm-antenna.toml"]

    @Test(arguments: examples)
    func loadsWithoutProblemsOrWarnings(name: String) throws {
        let file = try SiteConfigLoader.load(path: Support.examplePath(name), environment: [:])
        #expect(file.site.problems().isEmpty)
        #expect(file.warnings.isEmpty, "\(file.warnings.map(\.description))")
        #expect(file.site.timeZone.identifier == "Europe/Brussels")
        // Every service has a label in every kiosk language.
        for service in file.site.services {
            #expect(Set(service.labels.keys) == Set(file.site.languages), "\(service.id)")
        }
    }

    @Test(arguments: examples)
    func checkConfigSaysOk(name: String) {
        let (ok, report) = SiteConfigLoader.check(path: Support.examplePath(name), environment: [:])
        #expect(ok)
        #expect(report.hasPrefix("ok: "), "\(report)")
    }

    @Test func theMassOpensAsItsLeafletSays() throws {
        let file = try SiteConfigLoader.load(path: Support.examplePath("mass-bruxelles.toml"), environment: [:])
        let hours = file.site.hours.weekly
        let expected: [Weekday: String] = [
            .monday: "10:00-19:00", .tuesday: "11:00-19:00", .wednesday: "10:00-19:00", .thursday: "14:00-19:00",
            .friday: "10:00-19:00", .saturday: "10:00-13:00", .sunday: "closed",
        ]
        for day in Weekday.allCases { #expect(HoursText.format(hours.windows(on: day)) == expected[day]) }
        #expect(file.site.services.map(\.id) == ["medical", "social", "psychological"])
        #expect(file.site.services.map(\.prefix) == ["M", "S", "P"])
        #expect(file.site.service("psychological")?.labels["ar"] == "أخصائي نفسي")
        #expect(file.site.desks.count == 4)
        #expect(file.site.priorityRatio == PriorityRatio(priority: 1, walkIn: 2))
        #expect(file.site.defaultConsultationMinutes == 20)
        #expect(file.site.lateCheckInGraceMinutes == 15)
        #expect(file.server.listen == [.tcp(host: "0.0.0.0", port: 7878)])
        #expect(file.server.tokensFile == "/etc/queue-server/tokens")
        #expect(file.site.hours.closedDates.contains(LocalDate(year: 2026, month: 12, day: 25)!))
    }

    @Test func theBrusselsCentreHasInterpretersLanguagesAndPsychologistHours() throws {
        let file = try SiteConfigLoader.load(path: Support.examplePath("mdm-brussels.toml"), environment: [:])
        #expect(file.site.languages.count == 12)
        #expect(file.site.languages.first == "fr")
        let psychological = try #require(file.site.service("psychological"))
        #expect(psychological.dailyCap == 8)
        #expect(psychological.hours?.windows(on: .tuesday) == [TimeWindow("13:30-17:00")!])
        #expect(psychological.hours?.windows(on: .monday) == [])
        #expect(file.site.hours.weekly.windows(on: .friday).count == 2)
        // The range 2026-12-24..2027-01-01 closes nine days.
        #expect(file.site.hours.closedDates.count == 4 + 9)
        #expect(file.server.retentionDays == 730)
    }

    @Test func theAntennaOpensOneHalfDayWithASmallCap() throws {
        let file = try SiteConfigLoader.load(path: Support.examplePath("mdm-antenna.toml"), environment: [:])
        let open = Weekday.allCases.filter { !file.site.hours.weekly.windows(on: $0).isEmpty }
        #expect(open == [.wednesday])
        #expect(file.site.hours.weekly.windows(on: .wednesday) == [TimeWindow("13:00-17:00")!])
        #expect(file.site.services.compactMap(\.dailyCap).allSatisfy { $0 <= 12 })
        #expect(file.server.limits.maxConnections == 64)
        #expect(file.server.listen == [.tcp(host: "127.0.0.1", port: 7878)])
    }

    @Test func relativeDatabasePathsGoInTheStateDirectory() throws {
        let path = Support.examplePath("mass-bruxelles.toml")
        let underSystemd = try SiteConfigLoader.load(path: path, environment: ["STATE_DIRECTORY": "/var/lib/queue-server"])
        #expect(underSystemd.server.databasePath == "/var/lib/queue-server/queue.db")
        #expect(try SiteConfigLoader.load(path: path, environment: [:]).server.databasePath == "./queue.db")
    }
}
