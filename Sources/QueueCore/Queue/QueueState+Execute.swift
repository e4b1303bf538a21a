extension QueueState {
    /// Runs a command at `now`: checks it, and applies the events it produces.
    ///
    /// All or nothing: when it throws, the state is exactly as before. The returned events carry
    /// consecutive sequence numbers after `lastSeq`; persist them before acknowledging.
    public mutating func execute(_ command: QueueCommand, at now: Timestamp) throws(QueueError) -> (
        reply: CommandReply, events: [QueueEvent]
    ) {
        guard isToday(now) else {
            // The day's first command rolls over, then may still fail: it runs on a copy.
            var next = Transaction(state: self, now: now)
            let reply = try next.run(command)
            self = next.state
            return (reply, next.events)
        }
        // Every command checks before it emits, so without a rollover a failure has changed
        // nothing. The transaction works on this state in place: a copy would cost O(tickets).
        var next = Transaction(state: QueueState(configuration: configuration), now: now)
        swap(&self, &next.state)
        do {
            let reply = try next.run(command)
            swap(&self, &next.state)
            return (reply, next.events)
        } catch {
            swap(&self, &next.state)
            precondition(next.events.isEmpty, "a command failed after emitting events without a rollover")
            throw error
        }
    }

    /// Whether `now` falls on the day in progress (no rollover due).
    func isToday(_ now: Timestamp) -> Bool {
        guard let day else { return false }
        return day >= configuration.timeZone.localDate(at: now)
    }
}

/// One command's work on a copy of the state: each emitted event is applied at once, so later
/// checks see earlier effects (the rollover before the ticket, the finish before the call).
struct Transaction {
    var state: QueueState
    let now: Timestamp
    var events: [QueueEvent] = []

    init(state: QueueState, now: Timestamp) {
        self.state = state
        self.now = now
    }

    var configuration: SiteConfiguration { state.configuration }

    mutating func emit(_ kind: QueueEvent.Kind) {
        let event = QueueEvent(seq: state.lastSeq + 1, at: now, kind: kind)
        state.apply(event)
        events.append(event)
    }

    mutating func run(_ command: QueueCommand) throws(QueueError) -> CommandReply {
        switch command {
        case .takeTicket(let service, let language, let urgent, let key):
            return try takeTicket(service: service, language: language, urgent: urgent, idempotencyKey: key)
        case .checkIn(let code, let language):
            return try checkIn(code: code, language: language)
        case .callNext(let desk, let language):
            return try callNext(desk: desk, language: language)
        case .recall(let desk):
            var ticket = try currentTicket(at: desk)
            ticket.recalls += 1
            ticket.state = .called(desk: desk, at: now)
            emit(.ticketRecalled(ticket))
            return CommandReply(ticket: ticket)
        case .markNoShow(let desk):
            var ticket = try currentTicket(at: desk)
            ticket.state = .noShow(at: now)
            emit(.ticketMissed(ticket))
            return CommandReply(ticket: ticket)
        case .finish(let desk):
            var ticket = try currentTicket(at: desk)
            ticket.state = .done(at: now)
            emit(.ticketFinished(ticket))
            return CommandReply(ticket: ticket)
        case .reinstate(let number):
            var ticket = try todaysTicket(number)
            guard ticket.state.kind == .noShow else {
                throw .invalidTransition(number, state: ticket.state.kind, action: "reinstated (only a no-show can be)")
            }
            ticket.state = .waiting
            emit(.ticketReinstated(ticket))
            return CommandReply(ticket: ticket)
        case .transfer(let number, let target):
            return try transfer(number, to: target)
        case .cancel(let number):
            var ticket = try todaysTicket(number)
            guard !ticket.state.isFinal else {
                throw .invalidTransition(number, state: ticket.state.kind, action: "cancelled")
            }
            ticket.state = .cancelled(at: now, reason: .requested)
            emit(.ticketCancelled(ticket))
            return CommandReply(ticket: ticket)
        case .flagUrgent(let number):
            var ticket = try todaysTicket(number)
            guard ticket.state == .waiting else {
                throw .invalidTransition(number, state: ticket.state.kind, action: "flagged urgent (only a waiting ticket can be)")
            }
            if ticket.urgentSince == nil {
                ticket.urgentSince = now
                emit(.ticketFlaggedUrgent(ticket))
            }
            return CommandReply(ticket: ticket)
        case .openDesk(let id):
            _ = try desk(id)
            rollOverIfNeeded()
            if !state.openDesks.contains(id) { emit(.deskOpened(id)) }
            return CommandReply()
        case .pauseDesk(let id):
            _ = try desk(id)
            rollOverIfNeeded()
            if state.openDesks.contains(id) { emit(.deskPaused(id)) }
            return CommandReply()
        case .bookAppointment(let service, let day, let window, let entropy):
            return try bookAppointment(service: service, day: day, window: window, entropy: entropy)
        case .cancelAppointment(let text):
            guard let code = AppointmentCode(text) else { throw .malformedAppointmentCode(text) }
            rollOverIfNeeded()
            guard var appointment = state.appointments[code] else { throw .unknownAppointmentCode(code) }
            switch appointment.state {
            case .cancelled: return CommandReply(appointment: appointment)
            case .checkedIn: throw .appointmentAlreadyUsed(code)
            case .booked: break
            }
            appointment.state = .cancelled
            emit(.appointmentCancelled(appointment))
            return CommandReply(appointment: appointment)
        case .rollOver:
            rollOverIfNeeded()
            return CommandReply()
        }
    }

    // MARK: Lookups that throw the right error

    func service(_ id: ServiceID) throws(QueueError) -> Service {
        guard let service = configuration.service(id) else {
            throw .unknownService(id, valid: configuration.services.map(\.id))
        }
        return service
    }

    func desk(_ id: DeskID) throws(QueueError) -> Desk {
        guard let desk = configuration.desk(id) else {
            throw .unknownDesk(id, valid: configuration.desks.map(\.id))
        }
        return desk
    }

    mutating func todaysTicket(_ number: TicketNumber) throws(QueueError) -> Ticket {
        rollOverIfNeeded()
        guard let id = state.numbers[number], let ticket = state.tickets[id] else { throw .unknownTicket(number) }
        return ticket
    }

    mutating func currentTicket(at id: DeskID) throws(QueueError) -> Ticket {
        _ = try desk(id)
        rollOverIfNeeded()
        guard let ticketID = state.currentTickets[id], let ticket = state.tickets[ticketID] else {
            throw .noCurrentTicket(id)
        }
        return ticket
    }

    var localNow: LocalDateTime { configuration.timeZone.localDateTime(at: now) }
}
