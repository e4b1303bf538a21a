extension QueueState {
    /// Mean length of the service's recent consultations, in minutes (the site's default
    /// until some are done).
    public func typicalConsultationMinutes(for service: ServiceID) -> Double {
        guard let samples = recentDurations[service], !samples.isEmpty else {
            return Double(configuration.defaultConsultationMinutes)
        }
        return Double(samples.reduce(0, +)) / Double(samples.count) / 60_000
    }

    /// Desks open now that serve `service`.
    public func openDeskCount(for service: ServiceID) -> Int {
        configuration.desks.filter { openDesks.contains($0.id) && $0.services.contains(service) }.count
    }

    /// The expected wait of a waiting ticket: the people ahead of it and itself, shared among the
    /// open desks of its service, in rounds of the typical consultation length.
    public func estimate(for ticket: Ticket, at now: Timestamp) -> WaitEstimate {
        let ahead: Int
        if ticket.state == .waiting, !Self.isPriorityCapable(ticket), walkIns[ticket.service]?.last == ticket.id {
            // The newest walk-in: everyone else waiting in the service is ahead.
            ahead = waitingCount(in: ticket.service) - 1
        } else if ticket.state == .waiting, ticket.urgentSince != nil {
            ahead = peopleAhead(ofUrgent: ticket, at: now)
        } else if ticket.state == .waiting {
            let order = waitingTickets(in: ticket.service, at: now)
            ahead = order.firstIndex { $0.id == ticket.id } ?? order.count
        } else {
            ahead = 0
        }
        return estimate(peopleAhead: ahead, service: ticket.service)
    }

    /// An urgent ticket's place in `waitingTickets` without building that list: the urgent
    /// tickets come first in the priority list and are all priority, so those before it are
    /// called before it, and the ratio puts walk-ins between them as `waitingTickets` does.
    func peopleAhead(ofUrgent ticket: Ticket, at now: Timestamp) -> Int {
        let list = priorityTickets[ticket.service] ?? []
        guard let priorityAhead = list.firstIndex(of: ticket.id) else { return 0 }
        let appointments = list[firstAppointmentIndex(in: list)...].lazy.map { self.tickets[$0]! }
        let walkInClass = (walkIns[ticket.service]?.count ?? 0) + appointments.filter { !self.isPriority($0, at: now) }.count
        let ratio = configuration.priorityRatio
        var streak = streaks[ticket.service, default: Streak()]
        var priorityCalls = 0
        var walkInCalls = 0
        while true {
            if walkInCalls == walkInClass || !streak.isWalkInTurn(ratio) {
                if priorityCalls == priorityAhead { return priorityCalls + walkInCalls }
                priorityCalls += 1
                streak.record(priority: true)
            } else {
                walkInCalls += 1
                streak.record(priority: false)
            }
        }
    }

    /// The expected wait of someone who would take a ticket for `service` now.
    public func estimateForNewTicket(in service: ServiceID) -> WaitEstimate {
        estimate(peopleAhead: waitingCount(in: service), service: service)
    }

    /// `ceil((peopleAhead + 1) / max(1, open desks))` rounds of a typical consultation (DESIGN.md):
    /// the desks are assumed busy, so even the first in line waits for one to come free.
    func estimate(peopleAhead: Int, service: ServiceID) -> WaitEstimate {
        let desks = max(1, openDeskCount(for: service))
        let rounds = (peopleAhead + desks) / desks
        let minutes = (Double(rounds) * typicalConsultationMinutes(for: service)).rounded(.up)
        return WaitEstimate(peopleAhead: peopleAhead, minutes: Int(minutes))
    }
}
