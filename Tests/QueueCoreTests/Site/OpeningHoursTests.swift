import Testing
import QueueCore

/// The MASS hours (Mon 10–19, Tue 11–19, Wed 10–19, Thu 14–19, Fri 10–19, Sat 10–13, Sun closed),
/// Christmas closed, the social worker only on Monday and Wednesday afternoons.
@Suite struct OpeningHoursTests {
    static func take(_ service: ServiceID, at time: Timestamp) -> QueueError? {
        var queue = Queue()
        return queue.refuse(.takeTicket(service: service, language: "fr", urgent: false, idempotencyKey: nil), at: time)
    }

    static let thursday24 = LocalDate("2026-12-24")!

    static let siteClosed: [(when: LocalDateTime, next: LocalDateTime)] = [
        (wall(Week.monday, 9, 59), wall(Week.monday, 10)),
        (wall(Week.monday, 19), wall(Week.tuesday, 11)),
        (wall(Week.tuesday, 10, 30), wall(Week.tuesday, 11)),
        (wall(Week.wednesday, 19, 30), wall(Week.thursday, 14)),
        (wall(Week.thursday, 10), wall(Week.thursday, 14)),
        (wall(Week.saturday, 13), wall(Week.monday.adding(days: 7), 10)),
        (wall(Week.sunday, 12), wall(Week.monday.adding(days: 7), 10)),
        (wall(thursday24, 19), wall(Mass.christmas.adding(days: 1), 10)),
        (wall(Mass.christmas, 12), wall(Mass.christmas.adding(days: 1), 10)),
    ]

    @Test(arguments: siteClosed)
    func outsideHoursATicketIsRefusedWithTheNextOpening(when: LocalDateTime, next: LocalDateTime) {
        let instant = ZoneFile.brussels.timestamp(of: when)
        #expect(Self.take("medical", at: instant) == .closed(service: nil, nextOpening: next))
    }

    static let siteOpen: [LocalDateTime] = [
        wall(Week.monday, 10), wall(Week.monday, 18, 59), wall(Week.tuesday, 11), wall(Week.wednesday, 10),
        wall(Week.thursday, 14), wall(Week.friday, 18, 59), wall(Week.saturday, 10), wall(Week.saturday, 12, 59),
    ]

    @Test(arguments: siteOpen)
    func withinHoursATicketIsIssued(when: LocalDateTime) throws {
        var queue = Queue()
        let ticket = try queue.take("medical", at: ZoneFile.brussels.timestamp(of: when))
        #expect(ticket.day == when.date)
    }

    static let socialClosed: [(when: LocalDateTime, error: QueueError)] = [
        (wall(Week.monday, 11), .closed(service: "social", nextOpening: wall(Week.monday, 14))),
        (wall(Week.monday, 18), .closed(service: "social", nextOpening: wall(Week.wednesday, 14))),
        (wall(Week.tuesday, 12), .closed(service: "social", nextOpening: wall(Week.wednesday, 14))),
        (wall(Week.sunday, 12), .closed(service: nil, nextOpening: wall(Week.monday.adding(days: 7), 14))),
    ]

    @Test(arguments: socialClosed)
    func aServiceWithNarrowerHoursSaysWhenItOpens(when: LocalDateTime, error: QueueError) {
        #expect(Self.take("social", at: ZoneFile.brussels.timestamp(of: when)) == error)
    }

    @Test func staffCanIssueAnUrgentTicketWhenClosed() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", urgent: true, at: at(12, on: Week.sunday))
        #expect(ticket.urgentSince == at(12, on: Week.sunday))
    }

    @Test func theNextOpeningAcrossTheSpringClockChange() throws {
        // Saturday 28 March 2026 after 13:00; clocks go forward on Sunday; Monday 10:00 is 08:00 UTC.
        let saturday = LocalDate("2026-03-28")!
        let monday = LocalDate("2026-03-30")!
        #expect(Self.take("medical", at: at(13, 30, on: saturday)) == .closed(service: nil, nextOpening: wall(monday, 10)))
        var queue = Queue()
        let ticket = try queue.take("medical", at: Timestamp(secondsSinceEpoch: Int64(monday.daysSinceEpoch) * 86_400 + 8 * 3600))
        #expect(ticket.day == monday)
        #expect(Self.take("medical", at: Timestamp(secondsSinceEpoch: Int64(monday.daysSinceEpoch) * 86_400 + 8 * 3600 - 1)) != nil)
    }

    @Test func windowsAreTheOverlapOfSiteAndServiceHours() {
        let hours = OpeningHours(weekly: WeeklyHours([.monday: [Mass.window("13:00-17:00"), Mass.window("09:00-12:00")]]))
        let service = WeeklyHours([.monday: [Mass.window("11:00-14:00")], .tuesday: [Mass.window("09:00-10:00")]])
        #expect(hours.windows(on: Week.monday) == [Mass.window("09:00-12:00"), Mass.window("13:00-17:00")])
        #expect(hours.windows(on: Week.monday, narrowedTo: service) == [Mass.window("11:00-12:00"), Mass.window("13:00-14:00")])
        #expect(hours.windows(on: Week.tuesday, narrowedTo: service) == [])
        #expect(hours.isOpen(at: wall(Week.monday, 12, 30)) == false)
        #expect(hours.isOpen(at: wall(Week.monday, 11, 30), narrowedTo: service))
        #expect(hours.nextOpening(after: wall(Week.monday, 12, 30)) == wall(Week.monday, 13))
    }

    @Test func theNextOpeningIsStrictlyLater() {
        let hours = Mass.site().hours
        #expect(hours.nextOpening(after: wall(Week.monday, 10)) == wall(Week.tuesday, 11))
        #expect(hours.nextOpening(after: wall(Week.monday, 9, 59)) == wall(Week.monday, 10))
        #expect(OpeningHours(weekly: WeeklyHours()).nextOpening(after: wall(Week.monday, 10)) == nil)
    }

    @Test func aSiteNeverOpenSaysSo() {
        var queue = Queue(Mass.site(hours: OpeningHours(weekly: WeeklyHours())))
        let error = queue.refuse(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil), at: at(12))
        #expect(error == .closed(service: nil, nextOpening: nil))
        #expect(error?.description == "the site is closed now; no opening in the next year")
    }

    @Test func parsingTimesAndWindows() {
        #expect(TimeOfDay("9:30")?.minutes == 570)
        #expect(TimeOfDay("24:00") == .endOfDay)
        #expect(TimeOfDay("10")?.description == "10:00")
        for bad in ["24:01", "9:5", "", ":30", "ab:cd", "-1:00", "123"] { #expect(TimeOfDay(bad) == nil) }
        #expect(TimeWindow("10:00–19:00") == Mass.window("10:00-19:00"))
        #expect(TimeWindow(" 10:00 - 19:00 ") == Mass.window("10:00-19:00"))
        #expect(TimeWindow("19:00-10:00") == nil)
        #expect(TimeWindow("10:00-10:00") == nil)
        #expect(Weekday(shortName: "THU") == .thursday)
    }
}
