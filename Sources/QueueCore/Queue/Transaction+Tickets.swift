extension Transaction {
    static let maxIdempotencyKeyLength = 64

    mutating func takeTicket(
        service id: ServiceID, language: LanguageCode, urgent: Bool, idempotencyKey key: String?
    ) throws(QueueError) -> CommandReply {
        if let key, key.utf8.count > Self.maxIdempotencyKeyLength || key.isEmpty {
            throw .invalidArgument("idempotency key must be 1 to \(Self.maxIdempotencyKeyLength) bytes")
        }
        let service = try service(id)
        rollOverIfNeeded()
        if let key, let existing = state.idempotencyKeys[key], let ticket = state.tickets[existing] {
            // A double press or a retry: the same ticket, nothing new.
            return CommandReply(ticket: ticket, estimate: state.estimate(for: ticket, at: now))
        }
        let local = localNow
        if !urgent {
            // Staff-issued urgent tickets bypass hours and caps: people in crisis come first.
            try checkOpen(service, at: local)
            if let cap = service.dailyCap, state.issuedToday[service.id, default: 0] >= cap {
                // The first opening from tomorrow on, a window starting at midnight included.
                let lastSecondToday = LocalDateTime(date: local.date, secondsOfDay: 86_399)
                let next = configuration.hours.nextOpening(after: lastSecondToday, narrowedTo: service.hours)
                throw .dailyCapReached(service.id, cap: cap, nextOpening: next)
            }
        }
        let ticket = newTicket(
            service: service, language: language, urgentSince: urgent ? now : nil, appointment: nil, key: key)
        emit(.ticketIssued(ticket))
        return CommandReply(ticket: ticket, estimate: state.estimate(for: ticket, at: now))
    }

    mutating func checkIn(code text: String, language: LanguageCode) throws(QueueError) -> CommandReply {
        guard let code = AppointmentCode(text) else { throw .malformedAppointmentCode(text) }
        rollOverIfNeeded()
        guard let appointment = state.appointments[code] else { throw .unknownAppointmentCode(code) }
        guard appointment.day == state.day else { throw .appointmentNotToday(code, day: appointment.day) }
        switch appointment.state {
        case .cancelled:
            throw .appointmentCancelled(code)
        case .checkedIn(let id):
            // Checking in again while the ticket is live (a retry) gives back the same ticket;
            // once it is over, the code is used up rather than printing a ticket nobody will call.
            guard let ticket = state.tickets[id], ticket.state == .waiting || ticket.desk != nil else {
                throw .appointmentAlreadyUsed(code)
            }
            return CommandReply(ticket: ticket, appointment: appointment, estimate: state.estimate(for: ticket, at: now))
        case .booked:
            break
        }
        let service = try service(appointment.service)
        let timeZone = configuration.timeZone
        let slot = AppointmentSlot(
            code: code,
            start: timeZone.timestamp(of: LocalDateTime(date: appointment.day, time: appointment.window.start)),
            end: timeZone.timestamp(of: LocalDateTime(date: appointment.day, time: appointment.window.end)))
        let ticket = newTicket(service: service, language: language, urgentSince: nil, appointment: slot, key: nil)
        emit(.ticketIssued(ticket))
        return CommandReply(
            ticket: ticket, appointment: state.appointments[code], estimate: state.estimate(for: ticket, at: now))
    }

    func newTicket(
        service: Service, language: LanguageCode, urgentSince: Timestamp?, appointment: AppointmentSlot?, key: String?
    ) -> Ticket {
        let number = (state.lastNumber[service.prefix] ?? 0) + 1
        return Ticket(
            id: state.nextTicketID, number: TicketNumber(prefix: service.prefix, number: number),
            day: state.day ?? localNow.date, service: service.id, language: language, arrivedAt: now,
            appointment: appointment, urgentSince: urgentSince, idempotencyKey: key)
    }

    func checkOpen(_ service: Service, at local: LocalDateTime) throws(QueueError) {
        let hours = configuration.hours
        guard hours.isOpen(at: local) else {
            throw .closed(service: nil, nextOpening: hours.nextOpening(after: local, narrowedTo: service.hours))
        }
        guard hours.isOpen(at: local, narrowedTo: service.hours) else {
            throw .closed(service: service.id, nextOpening: hours.nextOpening(after: local, narrowedTo: service.hours))
        }
    }

    mutating func transfer(_ number: TicketNumber, to target: ServiceID) throws(QueueError) -> CommandReply {
        _ = try service(target)
        var ticket = try todaysTicket(number)
        switch ticket.state {
        case .waiting, .called: break
        case .done, .noShow, .cancelled:
            throw .invalidTransition(number, state: ticket.state.kind, action: "transferred")
        }
        guard ticket.service != target else { throw .alreadyInService(number, target) }
        let from = ticket.service
        let desk = ticket.desk
        ticket.service = target
        ticket.transfers += 1
        ticket.state = .waiting
        emit(.ticketTransferred(ticket, from: from, desk: desk))
        return CommandReply(ticket: ticket, estimate: state.estimate(for: ticket, at: now))
    }
}
