import Testing
import QueueCore

/// The day ends at site-local midnight: leftovers are settled, numbering restarts, history stays.
@Suite struct RollOverTests {
    static let zone = ZoneFile.brussels

    static func utcDate(_ instant: Timestamp) -> LocalDate {
        LocalDate(daysSinceEpoch: Int(instant.secondsSinceEpoch.quotientAndRemainder(dividingBy: 86_400).quotient))
    }

    @Test(arguments: [LocalDate("2026-11-23")!, LocalDate("2026-07-06")!])
    func theDayTurnsAtBrusselsMidnightNotUTC(day: LocalDate) throws {
        var queue = Queue(Mass.alwaysOpen)
        try queue.take("medical", at: at(23, 0, on: day))
        try queue.take("medical", at: at(23, 59, on: day))
        let midnight = at(0, 0, on: day.adding(days: 1))
        // In UTC it is still the evening before.
        #expect(Self.utcDate(midnight) == day)
        let first = try queue.take("medical", at: midnight)
        #expect(first.number == number("M-001"))
        #expect(first.day == day.adding(days: 1))
        #expect(queue.state.day == day.adding(days: 1))
    }

    @Test func theShortSpringDayIsOneDay() throws {
        var queue = Queue(Mass.alwaysOpen)
        let day = LocalDate("2026-03-29")!
        try queue.take("medical", at: at(0, 30, on: day))
        #expect(try queue.take("medical", at: at(23, 30, on: day)).number == number("M-002"))
        // 23 hours after 00:30 it is 00:30 of the next day: already a new day.
        let next = try queue.take("medical", at: at(0, 30, on: day).adding(minutes: 23 * 60))
        #expect(next.number == number("M-001"))
        #expect(next.day == day.adding(days: 1))
    }

    @Test func theLongAutumnDayIsOneDay() throws {
        var queue = Queue(Mass.alwaysOpen)
        let day = LocalDate("2026-10-25")!
        let firstHalfPastTwo = at(2, 30, on: day)
        try queue.take("medical", at: at(0, 10, on: day))
        try queue.take("medical", at: firstHalfPastTwo)
        // The clock shows 02:30 a second time an hour later.
        let again = try queue.take("medical", at: firstHalfPastTwo.adding(minutes: 60))
        #expect(again.day == day)
        #expect(Self.zone.localDateTime(at: again.arrivedAt) == wall(day, 2, 30))
        // 24 hours after 00:10 it is still 23:10 of the same day.
        #expect(try queue.take("medical", at: at(0, 10, on: day).adding(minutes: 24 * 60)).number == number("M-004"))
        #expect(try queue.take("medical", at: at(0, 0, on: day.adding(days: 1))).number == number("M-001"))
    }

    @Test func atMidnightLeftoversAreSettledThenTheDayStarts() throws {
        var queue = Queue(Mass.alwaysOpen)
        let (waiting, called, missed) = try queue.waitingCalledAndMissed(from: 18)
        let seq = queue.state.lastSeq
        let midnight = at(0, 0, on: Week.tuesday)
        try queue.run(.rollOver, at: midnight)
        let settled = queue.events.filter { $0.seq > seq }
        #expect(settled.map(\.kind.name) == ["cancelled", "finished", "dayStarted"])
        #expect(settled.map { $0.ticket?.id } == [waiting.id, called.id, nil])
        #expect(settled[0].ticket?.state == .cancelled(at: midnight, reason: .endOfDay))
        #expect(settled[1].ticket?.state == .done(at: midnight))
        #expect(settled[2].kind == .dayStarted(Week.tuesday))
        #expect(queue.state.day == Week.tuesday)
        #expect(queue.state.tickets.isEmpty)
        #expect(queue.state.currentTickets.isEmpty)
        #expect(queue.state.openDesks.isEmpty)
        #expect(queue.ticket(missed.number) == nil)
    }

    @Test func aConsultationLeftOpenAtMidnightTeachesTheEstimateNothing() throws {
        var queue = Queue()
        try queue.take("medical", at: at(18, 40))
        try queue.call("medecin-1", at: at(18, 50))
        // Nobody pressed done; Tuesday's first ticket finishes it at the rollover, 16 hours on.
        let reply = try queue.run(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil), at: at(11, on: Week.tuesday))
        #expect(queue.kinds().contains("finished"))
        #expect(queue.state.typicalConsultationMinutes(for: "medical") == 15)
        #expect(reply.estimate?.minutes ?? 0 < 60)
    }

    @Test func rollingOverMidDayDoesNothing() throws {
        var queue = Queue(Mass.alwaysOpen)
        try queue.take("medical", at: at(9))
        let before = queue.state
        try queue.run(.rollOver, at: at(23, 59))
        #expect(queue.state == before)
    }

    @Test func theFirstCommandOfTheDayRollsOverEvenForAnotherDesk() throws {
        var queue = Queue()
        try queue.take("medical", at: at(18))
        try queue.run(.openDesk("psy"), at: at(10, on: Week.tuesday))
        #expect(queue.kinds().suffix(3) == ["cancelled", "dayStarted", "deskOpened"])
    }

    @Test func aRefusedFirstCommandDoesNotRollOver() throws {
        var queue = Queue()
        try queue.take("medical", at: at(18))
        // Tuesday 08:00: closed, refused; the state (Monday, one waiting ticket) is untouched.
        _ = queue.refuse(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil), at: at(8, on: Week.tuesday))
        #expect(queue.state.day == Week.monday)
        #expect(queue.state.waitingCount(in: "medical") == 1)
    }

    @Test func historyStaysInTheLogAndFilesUnderTheTicketsDay() throws {
        var queue = Queue()
        try queue.take("social", at: at(17))
        try queue.take("medical", at: at(18))
        try queue.take("medical", at: at(11, on: Week.tuesday))
        let monday = queue.events.filter { $0.day(in: ZoneFile.brussels) == Week.monday }
        #expect(monday.map(\.kind.name) == ["dayStarted", "issued", "issued", "cancelled", "cancelled"])
        var builder = DayFiguresBuilder(timeZone: ZoneFile.brussels)
        for event in queue.events { builder.add(event) }
        #expect(builder.figures.map(\.date) == [Week.monday, Week.tuesday])
        #expect(builder.figures[0].services["medical"]?.cancelled == 1)
        #expect(builder.figures[0].services["social"]?.cancelled == 1)
        #expect(builder.figures[1].totalTickets == 1)
    }
}
