import Testing
import WireProtocol

@testable import queue_bench

/// Numbers events as a log would.
final class EventMaker {
    var seq: UInt64 = 0

    func callAsFunction(_ kind: WireQueueEvent.OneOf_Kind) -> WireQueueEvent {
        seq += 1
        var event = WireQueueEvent()
        event.seq = seq
        event.kind = kind
        return event
    }
}

@Suite struct LogModelTests {
    func ticket(_ id: Int64, _ number: String, _ state: WireTicketState, desk: String = "", at: Int64 = 0, service: String = "medical") -> WireTicket {
        var ticket = WireTicket()
        ticket.id = id
        ticket.number = number
        ticket.day = "2026-12-02"
        ticket.service = service
        ticket.state = state
        ticket.desk = desk
        ticket.stateAtMs = at
        ticket.arrivedAtMs = id * 10
        return ticket
    }

    @Test func aCleanLogHasNoViolations() {
        let event = EventMaker()
        var model = LogModel()
        model.apply([
            event(.ticketIssued(ticket(1, "M-001", .waiting))),
            event(.ticketIssued(ticket(2, "M-002", .waiting))),
            event(.ticketCalled(ticket(1, "M-001", .called, desk: "d1", at: 5))),
            event(.ticketRecalled(ticket(1, "M-001", .called, desk: "d1", at: 6))),
            event(.ticketFinished(ticket(1, "M-001", .done, at: 7))),
            event(.ticketCalled(ticket(2, "M-002", .called, desk: "d1", at: 8))),
        ])
        #expect(model.violations.isEmpty)
        #expect(model.holds(ticket(1, "M-001", .done, at: 7)))
        #expect(model.holds(ticket(1, "M-001", .called, desk: "d1", at: 5)))
        #expect(!model.holds(ticket(1, "M-001", .noShow, at: 7)))
        #expect(!model.holds(ticket(3, "M-003", .waiting)))
        #expect(!model.holds(ticket(2, "M-009", .called, desk: "d1", at: 8)))
        #expect(model.desks == ["d1": 2])
        #expect(model.waiting(in: "medical").isEmpty)
    }

    @Test func findsWhatMustNeverHappen() {
        let event = EventMaker()
        var model = LogModel()
        model.apply([
            event(.ticketIssued(ticket(1, "M-001", .waiting))),
            event(.ticketIssued(ticket(2, "M-001", .waiting))),
            event(.ticketCalled(ticket(1, "M-001", .called, desk: "d1", at: 5))),
            event(.ticketCalled(ticket(2, "M-001", .called, desk: "d1", at: 6))),
            event(.ticketCalled(ticket(2, "M-001", .called, desk: "d2", at: 7))),
        ])
        event.seq += 1
        model.apply(event(.ticketFinished(ticket(2, "M-002", .done, at: 9))))
        #expect(model.violations.count == 5, "\(model.violations)")
        #expect(model.violations.contains { $0.contains("issued twice") })
        #expect(model.violations.contains { $0.contains("while ticket 1 is there") })
        #expect(model.violations.contains { $0.contains("while still at d1") })
        #expect(model.violations.contains { $0.contains("follows") })
        #expect(model.violations.contains { $0.contains("is now M-002") })
    }

    @Test func waitingLineIsByArrivalThenID() {
        let event = EventMaker()
        var model = LogModel()
        var late = ticket(1, "M-001", .waiting)
        late.arrivedAtMs = 100
        model.apply([
            event(.ticketIssued(late)),
            event(.ticketIssued(ticket(2, "M-002", .waiting))),
            event(.ticketIssued(ticket(3, "S-001", .waiting, service: "social"))),
        ])
        #expect(model.waiting(in: "medical") == [2, 1])
        #expect(model.waiting(in: "social") == [3])
    }
}
