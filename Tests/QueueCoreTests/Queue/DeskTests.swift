import Testing
import QueueCore

/// A desk holds at most one ticket, a ticket is at most at one desk, calling next finishes the current one.
@Suite struct DeskTests {
    @Test func callingNextFinishesTheCurrentTicketFirst() throws {
        var queue = Queue()
        let first = try queue.take("medical", at: at(14, 0))
        let second = try queue.take("medical", at: at(14, 1))
        try queue.call("medecin-1", at: at(14, 10))
        let reply = try queue.run(.callNext(desk: "medecin-1", language: nil), at: at(14, 25))
        #expect(reply.finished?.id == first.id)
        #expect(reply.finished?.state == .done(at: at(14, 25)))
        #expect(reply.ticket?.id == second.id)
        #expect(queue.state.currentTickets == ["medecin-1": second.id])
        #expect(queue.kinds().suffix(2) == ["finished", "called"])
    }

    @Test func callingNextWithNobodyWaitingStillFinishesTheCurrentTicket() throws {
        var queue = Queue()
        let only = try queue.take("medical", at: at(14, 0))
        try queue.call("medecin-1", at: at(14, 10))
        let reply = try queue.run(.callNext(desk: "medecin-1", language: nil), at: at(14, 25))
        #expect(reply.ticket == nil)
        #expect(reply.finished?.id == only.id)
        #expect(queue.state.currentTickets.isEmpty)
    }

    @Test func twoDesksNeverCallTheSameTicket() throws {
        var queue = Queue()
        let first = try queue.take("medical", at: at(14, 0))
        let second = try queue.take("medical", at: at(14, 1))
        let a = try queue.call("medecin-1", at: at(14, 10))
        let b = try queue.call("medecin-2", at: at(14, 10))
        let c = try queue.call("medecin-2", at: at(14, 11))
        #expect(a?.id == first.id)
        #expect(b?.id == second.id)
        #expect(c == nil)
        #expect(queue.state.currentTickets == ["medecin-1": first.id])
        let desks = queue.state.desksStatus.filter { $0.current != nil }.map(\.desk)
        #expect(desks == ["medecin-1"])
    }

    @Test func openingAndPausingAreIdempotent() throws {
        var queue = Queue()
        try queue.run(.openDesk("psy"), at: at(14, 0))
        try queue.run(.openDesk("psy"), at: at(14, 1))
        try queue.run(.pauseDesk("psy"), at: at(14, 2))
        try queue.run(.pauseDesk("psy"), at: at(14, 3))
        #expect(queue.kinds() == ["dayStarted", "deskOpened", "deskPaused"])
    }

    @Test func aPausedDeskKeepsItsTicketAndReopensByCalling() throws {
        var queue = Queue()
        let ticket = try queue.take("psy", at: at(14, 0))
        try queue.take("psy", at: at(14, 1))
        try queue.call("psy", at: at(14, 5))
        try queue.run(.pauseDesk("psy"), at: at(14, 6))
        #expect(!queue.state.openDesks.contains("psy"))
        #expect(queue.state.currentTickets["psy"] == ticket.id)
        #expect(queue.state.openDeskCount(for: "psy") == 0)
        try queue.call("psy", at: at(14, 30))
        #expect(queue.state.openDesks.contains("psy"))
        #expect(queue.kinds().suffix(3) == ["finished", "deskOpened", "called"])
    }

    @Test func openDesksAreCountedPerService() throws {
        var queue = Queue()
        for desk: DeskID in ["medecin-1", "medecin-2", "infirmerie"] { try queue.run(.openDesk(desk), at: at(14)) }
        #expect(queue.state.openDeskCount(for: "medical") == 2)
        #expect(queue.state.openDeskCount(for: "nursing") == 2)
        #expect(queue.state.openDeskCount(for: "social") == 0)
    }
}
