import Testing
import QueueCore

/// Expected wait = ceil((position + 1) / max(1, open desks)) × mean of the last 10 consultations
/// of the service (the site's default, 15 minutes, until there are some).
@Suite struct EstimateTests {
    /// Runs `count` consultations of `minutes` each at medecin-1, starting at `hour`.
    static func consult(_ queue: inout Queue, minutes: [Int], from hour: Int) throws {
        var time = at(hour)
        for length in minutes {
            try queue.take("medical", at: time)
            try queue.call("medecin-1", at: time)
            time = time.adding(minutes: length)
            try queue.run(.finish(desk: "medecin-1"), at: time)
        }
    }

    @Test func theFirstPersonWaitsOneConsultation() throws {
        var queue = Queue()
        let reply = try queue.run(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil), at: at(14))
        #expect(reply.estimate == WaitEstimate(peopleAhead: 0, minutes: 15))
    }

    @Test func peopleAheadAreSharedAmongTheOpenDesks() throws {
        var queue = Queue()
        for minute in 0..<3 { try queue.take("medical", at: at(14, minute)) }
        #expect(queue.state.estimateForNewTicket(in: "medical") == WaitEstimate(peopleAhead: 3, minutes: 60))
        try queue.run(.openDesk("medecin-1"), at: at(14, 5))
        try queue.run(.openDesk("medecin-2"), at: at(14, 5))
        let reply = try queue.run(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil), at: at(14, 6))
        // Four people for two desks: two rounds.
        #expect(reply.estimate == WaitEstimate(peopleAhead: 3, minutes: 30))
        #expect(queue.state.estimateForNewTicket(in: "medical") == WaitEstimate(peopleAhead: 4, minutes: 45))
    }

    @Test func theMeanOfRecentConsultationsSetsTheRound() throws {
        var queue = Queue()
        try Self.consult(&queue, minutes: [6, 12], from: 14)
        #expect(queue.state.typicalConsultationMinutes(for: "medical") == 9)
        try queue.take("medical", at: at(15))
        try queue.take("medical", at: at(15))
        #expect(queue.state.estimateForNewTicket(in: "medical") == WaitEstimate(peopleAhead: 2, minutes: 27))
        // Other services keep the default.
        #expect(queue.state.typicalConsultationMinutes(for: "nursing") == 15)
    }

    @Test func onlyTheLastTenConsultationsCount() throws {
        var queue = Queue()
        try Self.consult(&queue, minutes: [60] + Array(repeating: 6, count: 10), from: 10)
        #expect(queue.state.typicalConsultationMinutes(for: "medical") == 6)
    }

    @Test func minutesAreRoundedUp() throws {
        var queue = Queue()
        try Self.consult(&queue, minutes: [5, 10], from: 14)
        #expect(queue.state.estimateForNewTicket(in: "medical") == WaitEstimate(peopleAhead: 0, minutes: 8))
    }

    @Test func aNoShowIsNotAConsultationButATransferEndsOne() throws {
        var queue = Queue()
        try queue.take("medical", at: at(14))
        try queue.call("medecin-1", at: at(14))
        try queue.run(.markNoShow(desk: "medecin-1"), at: at(14, 30))
        #expect(queue.state.typicalConsultationMinutes(for: "medical") == 15)
        let ticket = try queue.take("medical", at: at(15))
        try queue.call("medecin-1", at: at(15))
        try queue.run(.transfer(ticket.number, to: "nursing"), at: at(15, 4))
        #expect(queue.state.typicalConsultationMinutes(for: "medical") == 4)
    }

    @Test func anUrgentTicketCountsOnlyThoseCalledBeforeIt() throws {
        var queue = Queue()
        for minute in 0..<3 { try queue.take("medical", at: at(14, minute)) }
        let reply = try queue.run(.takeTicket(service: "medical", language: "fr", urgent: true, idempotencyKey: nil), at: at(14, 5))
        #expect(reply.estimate == WaitEstimate(peopleAhead: 0, minutes: 15))
        // A walk-in arriving now has all four ahead.
        let walkIn = try queue.run(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil), at: at(14, 6))
        #expect(walkIn.estimate == WaitEstimate(peopleAhead: 4, minutes: 75))
    }

    @Test func theServiceStatusShowsTheWaitForSomeoneArrivingNow() throws {
        var queue = Queue()
        try queue.take("nursing", at: at(14, 0))
        try queue.take("nursing", at: at(14, 3))
        try queue.run(.openDesk("infirmerie"), at: at(14, 4))
        let status = queue.state.serviceStatus("nursing")
        #expect(status.waiting == 2)
        #expect(status.oldestArrival == at(14, 0))
        #expect(status.openDesks == 1)
        #expect(status.estimate == WaitEstimate(peopleAhead: 2, minutes: 45))
        #expect(queue.state.servicesStatus.map(\.service) == ["medical", "nursing", "social", "psy"])
    }
}

/// The shortcut for urgent tickets' place agrees with the full calling order.
@Suite struct UrgentEstimateTests {
    @Test(arguments: [PriorityRatio.default, PriorityRatio(priority: 1, walkIn: 2)!, PriorityRatio(priority: 3, walkIn: 1)!])
    func anUrgentTicketsPlaceIsItsPlaceInTheCallingOrder(ratio: PriorityRatio) throws {
        var queue = Queue(Mass.site(ratio: ratio))
        for index in 0..<40 {
            let reply = try queue.run(
                .takeTicket(service: "medical", language: "fr", urgent: index % 4 == 1, idempotencyKey: nil),
                at: at(14, index))
            let ticket = try #require(reply.ticket)
            let order = queue.state.waitingTickets(in: "medical", at: at(14, index))
            #expect(reply.estimate?.peopleAhead == order.firstIndex { $0.id == ticket.id }, "ticket \(index)")
            if index % 7 == 6 { try queue.call("medecin-1", at: at(14, index)) }
        }
    }
}
