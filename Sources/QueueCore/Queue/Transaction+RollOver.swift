extension Transaction {
    /// Starts the new site-local day if `now` falls after the current one: tickets still waiting
    /// from earlier days are cancelled (end of day), called ones finished, then `dayStarted`.
    mutating func rollOverIfNeeded() {
        let today = localNow.date
        if let day = state.day, day >= today { return }
        let leftovers = state.tickets.values.filter { $0.day < today }.sorted { $0.id < $1.id }
        for var ticket in leftovers {
            switch ticket.state {
            case .waiting:
                ticket.state = .cancelled(at: now, reason: .endOfDay)
                emit(.ticketCancelled(ticket))
            case .called:
                ticket.state = .done(at: now)
                emit(.ticketFinished(ticket))
            case .done, .noShow, .cancelled:
                break
            }
        }
        emit(.dayStarted(today))
    }
}
