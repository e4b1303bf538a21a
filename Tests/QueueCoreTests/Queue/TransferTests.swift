import Testing
import QueueCore

/// Re-orientation to another service: same number, same arrival time, same place by arrival.
@Suite struct TransferTests {
    @Test func aWaitingTicketKeepsItsNumberAndArrival() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", "ar", at: at(14, 0))
        let moved = try #require(try queue.run(.transfer(ticket.number, to: "social"), at: at(14, 30)).ticket)
        #expect(moved.id == ticket.id)
        #expect(moved.number == ticket.number)
        #expect(moved.arrivedAt == ticket.arrivedAt)
        #expect(moved.language == "ar")
        #expect(moved.service == "social")
        #expect(moved.issuedFor == "medical")
        #expect(moved.transfers == 1)
        #expect(moved.state == .waiting)
        guard case .ticketTransferred(_, let from, let desk) = queue.events.last?.kind else {
            Issue.record("no transfer event")
            return
        }
        #expect(from == "medical")
        #expect(desk == nil)
    }

    @Test func theTransferredTicketGoesAheadOfLaterArrivals() throws {
        var queue = Queue()
        let early = try queue.take("medical", at: at(14, 0))
        let later = try queue.take("nursing", at: at(14, 10))
        try queue.run(.transfer(early.number, to: "nursing"), at: at(14, 20))
        #expect(try queue.call("infirmerie", at: at(14, 30))?.id == early.id)
        #expect(try queue.call("infirmerie", at: at(14, 40))?.id == later.id)
    }

    @Test func aCalledTicketLeavesItsDesk() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", at: at(14, 0))
        try queue.call("medecin-1", at: at(14, 5))
        let moved = try queue.run(.transfer(ticket.number, to: "psy"), at: at(14, 20)).ticket
        #expect(moved?.state == .waiting)
        #expect(moved?.firstCalledAt == at(14, 5))
        #expect(queue.state.currentTickets.isEmpty)
        guard case .ticketTransferred(_, let from, let desk) = queue.events.last?.kind else {
            Issue.record("no transfer event")
            return
        }
        #expect(from == "medical")
        #expect(desk == "medecin-1")
        #expect(try queue.call("psy", at: at(14, 21))?.id == ticket.id)
    }

    @Test func transferringAFinishedTicketIsRefused() throws {
        var queue = Queue()
        let missed = try queue.take("medical", at: at(14, 0))
        try queue.call("medecin-1", at: at(14, 1))
        try queue.run(.markNoShow(desk: "medecin-1"), at: at(14, 2))
        #expect(queue.refuse(.transfer(missed.number, to: "psy"), at: at(14, 3)) == .invalidTransition(missed.number, state: .noShow, action: "transferred"))
    }

    @Test func transferringToItsOwnServiceIsRefused() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", at: at(14, 0))
        #expect(queue.refuse(.transfer(ticket.number, to: "medical"), at: at(14, 3)) == .alreadyInService(ticket.number, "medical"))
    }

    @Test func aTransferInDoesNotUseTheTargetsDailyCap() throws {
        var queue = Queue()
        var minute = 0
        for _ in 0..<5 {
            minute += 1
            try queue.take("psy", at: at(14, minute))
        }
        let ticket = try queue.take("medical", at: at(14, 10))
        try queue.run(.transfer(ticket.number, to: "psy"), at: at(14, 11))
        #expect(try queue.take("psy", at: at(14, 12)).number == number("P-006"))
    }
}
