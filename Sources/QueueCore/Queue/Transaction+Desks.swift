extension Transaction {
    mutating func callNext(desk id: DeskID, language: LanguageCode?) throws(QueueError) -> CommandReply {
        let desk = try desk(id)
        guard !desk.services.isEmpty else { throw .deskServesNothing(id) }
        rollOverIfNeeded()
        var finished: Ticket?
        if let currentID = state.currentTickets[id], var current = state.tickets[currentID] {
            current.state = .done(at: now)
            emit(.ticketFinished(current))
            finished = current
        }
        if !state.openDesks.contains(id) { emit(.deskOpened(id)) }
        guard var ticket = state.nextTicket(at: id, serving: desk.services, at: now, language: language) else {
            return CommandReply(finished: finished)
        }
        ticket.state = .called(desk: id, at: now)
        if ticket.firstCalledAt == nil { ticket.firstCalledAt = now }
        emit(.ticketCalled(ticket))
        return CommandReply(ticket: ticket, finished: finished)
    }
}
