import Testing
import QueueCore

/// `waiting → called → done | noShow | cancelled`, recall, and reinstating a no-show.
@Suite struct LifecycleTests {
    @Test func waitingThenCalledThenDone() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", at: at(14))
        #expect(ticket.state == .waiting)
        let called = try #require(try queue.call("medecin-1", at: at(14, 10)))
        #expect(called.id == ticket.id)
        #expect(called.state == .called(desk: "medecin-1", at: at(14, 10)))
        #expect(called.firstCalledAt == at(14, 10))
        let done = try queue.run(.finish(desk: "medecin-1"), at: at(14, 30)).ticket
        #expect(done?.state == .done(at: at(14, 30)))
        #expect(queue.state.currentTickets["medecin-1"] == nil)
        #expect(queue.kinds() == ["dayStarted", "issued", "deskOpened", "called", "finished"])
    }

    @Test func aRecallKeepsCountAndTheDesk() throws {
        var queue = Queue()
        try queue.take("medical", at: at(14))
        try queue.call("medecin-1", at: at(14, 10))
        try queue.run(.recall(desk: "medecin-1"), at: at(14, 11))
        let again = try #require(try queue.run(.recall(desk: "medecin-1"), at: at(14, 12)).ticket)
        #expect(again.recalls == 2)
        #expect(again.state == .called(desk: "medecin-1", at: at(14, 12)))
        #expect(again.firstCalledAt == at(14, 10))
        #expect(queue.state.recentCalls.map(\.at) == [at(14, 10), at(14, 11), at(14, 12)])
        #expect(queue.kinds().suffix(2) == ["recalled", "recalled"])
    }

    @Test func aNoShowIsReinstatedAtItsOriginalPlace() throws {
        var queue = Queue()
        let first = try queue.take("medical", at: at(14, 0))
        let second = try queue.take("medical", at: at(14, 5))
        try queue.call("medecin-1", at: at(14, 10))
        let missed = try #require(try queue.run(.markNoShow(desk: "medecin-1"), at: at(14, 12)).ticket)
        #expect(missed.state == .noShow(at: at(14, 12)))
        #expect(queue.state.currentTickets["medecin-1"] == nil)
        let back = try #require(try queue.run(.reinstate(first.number), at: at(14, 20)).ticket)
        #expect(back.state == .waiting)
        #expect(back.arrivedAt == first.arrivedAt)
        // It arrived before the second ticket, so it is called before it.
        #expect(try queue.call("medecin-1", at: at(14, 30))?.id == first.id)
        #expect(try queue.call("medecin-1", at: at(14, 40))?.id == second.id)
    }

    @Test func onlyANoShowCanBeReinstatedAndOnlyTheSameDay() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", at: at(14))
        let refusal = queue.refuse(.reinstate(ticket.number), at: at(14, 1))
        #expect(refusal == .invalidTransition(ticket.number, state: .waiting, action: "reinstated (only a no-show can be)"))
        try queue.call("medecin-1", at: at(14, 2))
        try queue.run(.markNoShow(desk: "medecin-1"), at: at(14, 3))
        // The next day the number means nothing any more (numbering restarted, nobody has M-001 yet).
        #expect(queue.refuse(.reinstate(ticket.number), at: at(12, on: Week.tuesday)) == .unknownTicket(ticket.number))
    }

    @Test func cancelFromEveryLiveState() throws {
        var queue = Queue()
        let (waiting, called, missed) = try queue.waitingCalledAndMissed(from: 14)
        for ticket in [waiting, called, missed] {
            let cancelled = try queue.run(.cancel(ticket.number), at: at(14, 10)).ticket
            #expect(cancelled?.state == .cancelled(at: at(14, 10), reason: .requested))
        }
        #expect(queue.state.currentTickets.isEmpty)
        #expect(queue.state.waitingCount(in: "medical") == 0)
    }

    @Test func doneAndCancelledAreFinal() throws {
        var queue = Queue()
        let done = try queue.take("medical", at: at(14, 0))
        let cancelled = try queue.take("medical", at: at(14, 1))
        try queue.call("medecin-1", at: at(14, 2))
        try queue.run(.finish(desk: "medecin-1"), at: at(14, 3))
        try queue.run(.cancel(cancelled.number), at: at(14, 4))
        for (ticket, kind) in [(done, TicketState.Kind.done), (cancelled, .cancelled)] {
            #expect(queue.refuse(.cancel(ticket.number), at: at(14, 5)) == .invalidTransition(ticket.number, state: kind, action: "cancelled"))
            #expect(queue.refuse(.transfer(ticket.number, to: "nursing"), at: at(14, 5)) == .invalidTransition(ticket.number, state: kind, action: "transferred"))
            #expect(
                queue.refuse(.reinstate(ticket.number), at: at(14, 5))
                    == .invalidTransition(ticket.number, state: kind, action: "reinstated (only a no-show can be)"))
            #expect(
                queue.refuse(.flagUrgent(ticket.number), at: at(14, 5))
                    == .invalidTransition(ticket.number, state: kind, action: "flagged urgent (only a waiting ticket can be)"))
        }
    }

    @Test func unknownNumbersAreRefused() {
        var queue = Queue()
        for command in [QueueCommand.cancel(number("M-009")), .reinstate(number("M-009")), .flagUrgent(number("M-009")), .transfer(number("M-009"), to: "psy")] {
            #expect(queue.refuse(command, at: at(14)) == .unknownTicket(number("M-009")))
        }
    }

    @Test func flaggingUrgentTwiceKeepsTheFirstFlag() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", at: at(14))
        try queue.run(.flagUrgent(ticket.number), at: at(14, 1))
        let seq = queue.state.lastSeq
        let again = try queue.run(.flagUrgent(ticket.number), at: at(14, 2)).ticket
        #expect(again?.urgentSince == at(14, 1))
        #expect(queue.state.lastSeq == seq)
    }
}
