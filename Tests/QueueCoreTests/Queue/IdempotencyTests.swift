import Testing
import QueueCore

/// A kiosk retry or a double press with the same key gets the same ticket, never a second one.
@Suite struct IdempotencyTests {
    @Test func aRetryReturnsTheSameTicket() throws {
        var queue = Queue()
        let first = try queue.run(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: "kiosk-1:42"), at: at(14))
        let seq = queue.state.lastSeq
        let retry = try queue.run(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: "kiosk-1:42"), at: at(14, 1))
        #expect(retry.ticket == first.ticket)
        #expect(retry.estimate != nil)
        #expect(queue.state.lastSeq == seq)
        #expect(queue.state.waitingCount(in: "medical") == 1)
    }

    @Test func aRetryAfterClosingStillGetsItsTicket() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", key: "late", at: at(18, 59))
        #expect(try queue.take("medical", key: "late", at: at(19, 1)) == ticket)
    }

    @Test func aRetryAfterTheTicketMovedOnReturnsItAsItIsNow() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", key: "k", at: at(14))
        try queue.call("medecin-1", at: at(14, 1))
        let retry = try queue.take("medical", key: "k", at: at(14, 2))
        #expect(retry.id == ticket.id)
        #expect(retry.state == .called(desk: "medecin-1", at: at(14, 1)))
        #expect(queue.state.tickets.count == 1)
    }

    @Test func differentKeysGiveDifferentTickets() throws {
        var queue = Queue()
        let a = try queue.take("medical", key: "a", at: at(14))
        let b = try queue.take("medical", key: "b", at: at(14))
        #expect(a.number != b.number)
    }

    @Test func theSameKeyOnAnotherDayIsANewTicket() throws {
        var queue = Queue()
        let monday = try queue.take("medical", key: "k", at: at(14))
        let tuesday = try queue.take("medical", key: "k", at: at(14, on: Week.tuesday))
        #expect(tuesday.id != monday.id)
        #expect(tuesday.day == Week.tuesday)
    }

    @Test func keysSurviveASnapshotAndAReplay() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", key: "k", at: at(14))
        var restored = Queue()
        restored.state = QueueState(configuration: queue.site, snapshot: queue.state.snapshot)
        #expect(try restored.take("medical", key: "k", at: at(14, 1)) == ticket)
        var replayed = Queue()
        for event in queue.events { replayed.state.apply(event) }
        #expect(try replayed.take("medical", key: "k", at: at(14, 1)) == ticket)
    }

    @Test func keysMustBeOneTo64Bytes() throws {
        var queue = Queue()
        let error = QueueError.invalidArgument("idempotency key must be 1 to 64 bytes")
        for key in ["", String(repeating: "x", count: 65), String(repeating: "é", count: 33)] {
            #expect(queue.refuse(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: key), at: at(14)) == error)
        }
        try queue.take("medical", key: String(repeating: "x", count: 64), at: at(14))
    }
}
