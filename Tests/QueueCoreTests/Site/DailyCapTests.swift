import Testing
import QueueCore

/// A service's daily cap (the psychologist: six a day), and the next opening it points to.
@Suite struct DailyCapTests {
    static func fill(_ queue: inout Queue, _ count: Int, on day: LocalDate, from hour: Int) throws {
        for index in 0..<count { try queue.take("psy", at: at(hour, index, on: day)) }
    }

    static let psyTake = QueueCommand.takeTicket(service: "psy", language: "fr", urgent: false, idempotencyKey: nil)

    @Test func theSeventhTicketIsRefusedUntilTheNextDay() throws {
        var queue = Queue()
        try Self.fill(&queue, 6, on: Week.monday, from: 14)
        #expect(queue.refuse(Self.psyTake, at: at(15)) == .dailyCapReached("psy", cap: 6, nextOpening: wall(Week.tuesday, 11)))
        // Other services are not capped.
        try queue.take("medical", at: at(15))
        #expect(try queue.take("psy", at: at(11, on: Week.tuesday)).number == number("P-001"))
    }

    @Test func onSaturdayTheNextOpeningIsMonday() throws {
        var queue = Queue()
        try Self.fill(&queue, 6, on: Week.saturday, from: 10)
        #expect(
            queue.refuse(Self.psyTake, at: at(11, on: Week.saturday))
                == .dailyCapReached("psy", cap: 6, nextOpening: wall(Week.monday.adding(days: 7), 10)))
    }

    @Test func cancelledTicketsStillCount() throws {
        var queue = Queue()
        try Self.fill(&queue, 6, on: Week.monday, from: 14)
        try queue.run(.cancel(number("P-006")), at: at(14, 30))
        #expect(queue.refuse(Self.psyTake, at: at(15)) != nil)
    }

    @Test func urgentTicketsPassTheCapAndCountTowardsIt() throws {
        var queue = Queue()
        try Self.fill(&queue, 5, on: Week.monday, from: 14)
        try queue.take("psy", urgent: true, at: at(14, 10))
        #expect(queue.refuse(Self.psyTake, at: at(15)) == .dailyCapReached("psy", cap: 6, nextOpening: wall(Week.tuesday, 11)))
        #expect(try queue.take("psy", urgent: true, at: at(15, 1)).number == number("P-007"))
    }

    @Test func onASiteOpenAroundTheClockTheNextOpeningIsMidnight() throws {
        var queue = Queue(Mass.alwaysOpen)
        try Self.fill(&queue, 6, on: Week.monday, from: 14)
        #expect(queue.refuse(Self.psyTake, at: at(15)) == .dailyCapReached("psy", cap: 6, nextOpening: wall(Week.tuesday, 0)))
    }

    @Test func theCapMessageSaysWhenToComeBack() {
        let error = QueueError.dailyCapReached("psy", cap: 6, nextOpening: wall(Week.tuesday, 11))
        #expect(error.description == "service 'psy' has issued its 6 tickets for today; next opening 2026-11-24 11:00")
    }
}
