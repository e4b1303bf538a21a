import Testing
import QueueCore

/// When an appointment check-in counts as priority: from the slot's start, if the person came
/// by the slot's end plus the site's grace period; a later check-in waits as a walk-in.
@Suite struct CheckInTimeTests {
    @Test func aLateCheckInQueuesAsAWalkInByArrival() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "14:00-14:30", at: at(11))
        try queue.take("medical", at: at(14, 40))
        // 14:30 + 15 minutes of grace = 14:45: 14:50 is late.
        let late = try #require(try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(14, 50)).ticket)
        try queue.take("medical", at: at(14, 55))
        #expect(late.number == number("M-002"))
        #expect(late.appointment != nil)
        #expect(!late.isPriority(at: at(15), lateCheckInGraceMinutes: queue.site.lateCheckInGraceMinutes))
        #expect(queue.state.waitingTickets(in: "medical", at: at(15)).map(\.number.description) == ["M-001", "M-002", "M-003"])
        #expect(try OrderingTests.calls(&queue, "medecin-1", 3, from: at(15)) == ["M-001", "M-002", "M-003"])
    }

    @Test func aCheckInWithinTheGraceKeepsItsPriority() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "14:00-14:30", at: at(11))
        try queue.take("medical", at: at(14, 40))
        try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(14, 45))
        try queue.take("medical", at: at(14, 46))
        #expect(try OrderingTests.calls(&queue, "medecin-1", 3, from: at(15)) == ["M-002", "M-001", "M-003"])
    }

    @Test func anEarlyCheckInGetsPriorityFromTheSlotStart() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "15:00-15:30", at: at(11))
        let early = try #require(try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(14, 0)).ticket)
        try queue.take("medical", at: at(14, 10))
        #expect(!early.isPriority(at: at(14, 59)))
        #expect(early.isPriority(at: at(15)))
        // Long after the slot ended it is still priority: it was on time.
        #expect(early.isPriority(at: at(18)))
        #expect(try OrderingTests.calls(&queue, "medecin-1", 2, from: at(15)) == ["M-001", "M-002"])
    }

    @Test func theGraceIsConfigured() throws {
        var site = Mass.site()
        site.lateCheckInGraceMinutes = 0
        var queue = Queue(site)
        let code = try queue.book("medical", on: Week.monday, "14:00-14:30", at: at(11))
        try queue.take("medical", at: at(14, 20))
        try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(14, 31))
        #expect(try OrderingTests.calls(&queue, "medecin-1", 2, from: at(15)) == ["M-001", "M-002"])
        site.lateCheckInGraceMinutes = -1
        #expect(site.problems() == ["the late check-in grace must be 0 to 240 minutes"])
    }

    @Test func aLateCheckInCountsAsAWalkInForTheRatio() throws {
        // Ratio 1:1. The late check-in is the walk-in turn after an urgent call.
        var queue = Queue(Mass.site(ratio: PriorityRatio("1:1")!))
        let code = try queue.book("medical", on: Week.monday, "13:00-13:30", at: at(11))
        try queue.take("medical", urgent: true, at: at(14, 0))
        try queue.take("medical", urgent: true, at: at(14, 1))
        try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(14, 2))
        #expect(try OrderingTests.calls(&queue, "medecin-1", 3, from: at(15)) == ["M-001", "M-003", "M-002"])
    }
}
