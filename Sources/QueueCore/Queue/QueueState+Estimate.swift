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
        } else if ticket.state == .waiting {
            let order = waitingTickets(in: ticket.service, at: now)
            ahead = order.firstIndex { $0.id == ticket.id } ?? order.count
        } else {
            ahead = 0
        }
        return estimate(peopleAhead: ahead, service: ticket.service)
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
