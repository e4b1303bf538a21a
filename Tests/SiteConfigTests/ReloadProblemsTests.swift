import QueueCore
import Testing

@testable import SiteConfig

/// What a reload may not change while people wait.
@Suite struct ReloadProblemsTests {
    static let current = SiteConfigLoader.builtInDefault(timeZone: .utc, environment: [:]).site

    static func without(_ id: ServiceID) -> SiteConfiguration {
        var site = current
        site.services.removeAll { $0.id == id }
        for index in site.desks.indices { site.desks[index].services.remove(id) }
        return site
    }

    @Test func removingAServiceNobodyWaitsForIsFine() {
        #expect(SiteConfigLoader.reloadProblems(current: Self.current, new: Self.without("nursing"), waiting: [:]).isEmpty)
        #expect(
            SiteConfigLoader.reloadProblems(
                current: Self.current, new: Self.without("nursing"), waiting: ["nursing": 0, "medical": 4]
            ).isEmpty)
    }

    @Test func removingAServiceWithWaitingTicketsIsRefused() {
        let problems = SiteConfigLoader.reloadProblems(
            current: Self.current, new: Self.without("psychological"), waiting: ["psychological": 3])
        #expect(
            problems == [
                "service 'psychological' still has 3 tickets waiting; remove it once they are called or cancelled"
            ])
    }

    @Test func changingThePrefixOfAServiceWithWaitingTicketsIsRefused() {
        var new = Self.current
        new.services[0].prefix = "D"
        #expect(
            SiteConfigLoader.reloadProblems(current: Self.current, new: new, waiting: ["medical": 1]) == [
                "service 'medical' would change prefix from M to D while 1 ticket with M numbers wait; change it when none wait"
            ])
        #expect(SiteConfigLoader.reloadProblems(current: Self.current, new: new, waiting: [:]).isEmpty)
    }

    @Test func changingTheTimeZoneWaitsForAnEmptyQueue() throws {
        var new = Self.current
        new.timeZone = try TimeZoneRules(identifier: "Europe/Brussels", tzif: TZifFixture.brussels)
        #expect(
            SiteConfigLoader.reloadProblems(current: Self.current, new: new, waiting: ["social": 2, "medical": 1]) == [
                "the time zone would change from UTC to Europe/Brussels while 3 tickets wait; change it when the queue is empty"
            ])
        #expect(SiteConfigLoader.reloadProblems(current: Self.current, new: new, waiting: ["social": 0]).isEmpty)
    }

    @Test func otherChangesAreFine() {
        var new = Self.current
        new.name = "Autre nom"
        new.hours = OpeningHours(weekly: WeeklyHours([.monday: [TimeWindow("10:00-12:00")!]]))
        new.services[1].dailyCap = 5
        new.desks.removeLast()
        #expect(SiteConfigLoader.reloadProblems(current: Self.current, new: new, waiting: ["social": 9]).isEmpty)
    }
}
