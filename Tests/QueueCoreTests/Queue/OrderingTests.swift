import Testing
import QueueCore

/// Who is called next: FIFO by arrival, priority interleaved by the ratio, language filters.
@Suite struct OrderingTests {
    /// Calls `desk` `count` times, a minute apart from `start`, and returns the numbers called.
    static func calls(_ queue: inout Queue, _ desk: DeskID, _ count: Int, from start: Timestamp) throws -> [String] {
        var called: [String] = []
        for index in 0..<count {
            guard let ticket = try queue.call(desk, at: start.adding(minutes: index)) else { break }
            called.append(ticket.number.description)
        }
        return called
    }

    @Test func firstComeFirstServedWithinAService() throws {
        var queue = Queue()
        for minute in 0..<5 { try queue.take("medical", at: at(14, minute)) }
        #expect(try Self.calls(&queue, "medecin-1", 6, from: at(15)) == ["M-001", "M-002", "M-003", "M-004", "M-005"])
    }

    @Test func aDeskServingSeveralServicesTakesTheLongestWaiting() throws {
        var queue = Queue()
        try queue.take("medical", at: at(14, 0))
        try queue.take("nursing", at: at(14, 5))
        try queue.take("medical", at: at(14, 10))
        try queue.take("nursing", at: at(14, 11))
        #expect(try Self.calls(&queue, "medecin-2", 4, from: at(15)) == ["M-001", "N-001", "M-002", "N-002"])
    }

    @Test func oneUrgentThenTwoWalkInsByDefault() throws {
        var queue = Queue()
        for minute in 0..<6 { try queue.take("medical", at: at(14, minute)) }
        for minute in 10..<13 { try queue.take("medical", urgent: true, at: at(14, minute)) }
        #expect(
            try Self.calls(&queue, "medecin-1", 9, from: at(15))
                == ["M-007", "M-001", "M-002", "M-008", "M-003", "M-004", "M-009", "M-005", "M-006"])
    }

    @Test func theRatioIsConfigured() throws {
        var queue = Queue(Mass.site(ratio: PriorityRatio("2:1")!))
        for minute in 0..<4 { try queue.take("medical", at: at(14, minute)) }
        for minute in 10..<13 { try queue.take("medical", urgent: true, at: at(14, minute)) }
        #expect(
            try Self.calls(&queue, "medecin-1", 7, from: at(15))
                == ["M-005", "M-006", "M-001", "M-007", "M-002", "M-003", "M-004"])
    }

    @Test func walkInsNeverStarveUnderAStreamOfUrgentTickets() throws {
        var queue = Queue()
        for minute in 0..<4 { try queue.take("medical", at: at(14, minute)) }
        var walkInsCalled = 0
        for index in 0..<12 {
            // A new urgent ticket before every call: priority never runs out.
            try queue.take("medical", urgent: true, at: at(15, index * 2))
            let called = try #require(try queue.call("medecin-1", at: at(15, index * 2 + 1)))
            if called.urgentSince == nil { walkInsCalled += 1 }
        }
        #expect(walkInsCalled == 4)
        #expect(queue.state.waitingCount(in: "medical") == 4)
    }

    @Test func urgentTicketsGoByArrivalNotByWhenTheyWereFlagged() throws {
        var queue = Queue()
        let flaggedLater = try queue.take("medical", at: at(14, 0))
        let issuedUrgent = try queue.take("medical", urgent: true, at: at(14, 5))
        try queue.run(.flagUrgent(flaggedLater.number), at: at(14, 10))
        // Both are urgent: the one who has waited longer goes first.
        #expect(try queue.call("medecin-1", at: at(14, 20))?.id == flaggedLater.id)
        #expect(try queue.call("medecin-1", at: at(14, 30))?.id == issuedUrgent.id)
    }

    @Test func urgentBeforeAppointmentsAndAppointmentsBySlotStart() throws {
        var queue = Queue()
        let late = try queue.book("medical", on: Week.monday, "14:30-15:00", entropy: 1, at: at(11))
        let early = try queue.book("medical", on: Week.monday, "14:15-14:45", entropy: 2, at: at(11))
        let lateTicket = try #require(try queue.run(.checkIn(code: late.digits, language: "fr"), at: at(14, 0)).ticket)
        let earlyTicket = try #require(try queue.run(.checkIn(code: early.digits, language: "fr"), at: at(14, 10)).ticket)
        let urgent = try queue.take("medical", urgent: true, at: at(14, 35))
        #expect(
            try Self.calls(&queue, "medecin-1", 3, from: at(14, 40))
                == [urgent.number, earlyTicket.number, lateTicket.number].map(\.description))
    }

    @Test func anEarlyCheckInWaitsAsAWalkInUntilItsSlot() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "16:00-16:30", at: at(11))
        try queue.take("medical", at: at(14, 0))
        let appointment = try #require(try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(14, 5)).ticket)
        try queue.take("medical", at: at(14, 6))
        #expect(appointment.number == number("M-002"))
        // Before 16:00 it is called by arrival, between the two walk-ins.
        #expect(try Self.calls(&queue, "medecin-1", 3, from: at(15)) == ["M-001", "M-002", "M-003"])
    }

    @Test func anAppointmentGoesFirstOnceItsSlotHasBegun() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "16:00-16:30", at: at(11))
        try queue.take("medical", at: at(14, 0))
        try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(14, 5))
        try queue.take("medical", at: at(14, 6))
        #expect(try Self.calls(&queue, "medecin-1", 3, from: at(16, 1)) == ["M-002", "M-001", "M-003"])
    }

    @Test func priorityInOneServiceComesBeforeWalkInsOfAnother() throws {
        var queue = Queue()
        try queue.take("medical", at: at(14, 0))
        try queue.take("nursing", urgent: true, at: at(14, 10))
        #expect(try Self.calls(&queue, "medecin-2", 2, from: at(15)) == ["N-001", "M-001"])
    }

    @Test func callingWithALanguageSkipsToTheFirstTicketInIt() throws {
        var queue = Queue()
        try queue.take("medical", "fr", at: at(14, 0))
        try queue.take("medical", "ar", at: at(14, 1))
        try queue.take("medical", "fr", at: at(14, 2))
        try queue.take("medical", "ar", at: at(14, 3))
        #expect(try queue.call("medecin-1", language: "ar", at: at(15, 0))?.number == number("M-002"))
        #expect(try queue.call("medecin-1", at: at(15, 10))?.number == number("M-001"))
        #expect(try queue.call("medecin-1", language: "ar", at: at(15, 20))?.number == number("M-004"))
        let nobody = try queue.run(.callNext(desk: "medecin-1", language: "ti"), at: at(15, 30))
        #expect(nobody.ticket == nil)
        #expect(nobody.finished?.number == number("M-004"))
        #expect(queue.state.waitingCount(in: "medical") == 1)
    }

    @Test func theWaitingListShowsTheOrderTheyWillBeCalledIn() throws {
        var queue = Queue()
        for minute in 0..<3 { try queue.take("medical", at: at(14, minute)) }
        try queue.take("medical", urgent: true, at: at(14, 10))
        let listed = queue.state.waitingTickets(in: "medical", at: at(15)).map(\.number.description)
        #expect(listed == ["M-004", "M-001", "M-002", "M-003"])
        #expect(try Self.calls(&queue, "medecin-1", 4, from: at(15)) == listed)
    }
}
