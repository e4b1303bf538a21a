extension QueueState {
    /// Applies one event. Never fails: events are facts already decided. Used both when a
    /// command runs and when the log is replayed, so both paths give the same state.
    public mutating func apply(_ event: QueueEvent) {
        lastSeq = max(lastSeq, event.seq)
        switch event.kind {
        case .dayStarted(let date):
            startDay(date)

        case .ticketIssued(let ticket):
            tickets[ticket.id] = ticket
            nextTicketID = max(nextTicketID, ticket.id.next)
            indexIssued(ticket)
            insertWaiting(ticket)
            if let slot = ticket.appointment, var appointment = appointments[slot.code] {
                appointment.state = .checkedIn(ticket.id)
                appointments[slot.code] = appointment
            }

        case .ticketCalled(let ticket):
            replace(ticket)
            guard case .called(let desk, _) = ticket.state else { return }
            openDesks.insert(desk)
            currentTickets[desk] = ticket.id
            let priority = isPriority(ticket, at: event.at)
            streaks[ticket.service, default: Streak()].record(priority: priority)
            deskStreaks[desk, default: Streak()].record(priority: priority)
            recordCall(ticket, desk: desk, at: event.at)

        case .ticketRecalled(let ticket):
            replace(ticket)
            if case .called(let desk, _) = ticket.state { recordCall(ticket, desk: desk, at: event.at) }

        case .ticketFinished(let ticket):
            if let previous = tickets[ticket.id], case .called(_, let calledAt) = previous.state,
                !event.settlesAnEarlierDay(in: configuration.timeZone)
            {
                recordDuration(service: previous.service, milliseconds: event.at.milliseconds(since: calledAt))
            }
            replace(ticket)

        case .ticketMissed(let ticket), .ticketCancelled(let ticket):
            replace(ticket)

        case .ticketReinstated(let ticket), .ticketFlaggedUrgent(let ticket):
            replace(ticket)

        case .ticketTransferred(let ticket, _, _):
            if let previous = tickets[ticket.id], case .called(_, let calledAt) = previous.state {
                recordDuration(service: previous.service, milliseconds: event.at.milliseconds(since: calledAt))
            }
            replace(ticket)

        case .deskOpened(let desk):
            openDesks.insert(desk)

        case .deskPaused(let desk):
            openDesks.remove(desk)

        case .appointmentBooked(let appointment), .appointmentCancelled(let appointment):
            appointments[appointment.code] = appointment
        }
    }

    /// Puts the new version of a known ticket in place, keeping every index in step.
    mutating func replace(_ ticket: Ticket) {
        if let previous = tickets[ticket.id] {
            if previous.state == .waiting { removeWaiting(previous) }
            if let desk = previous.desk, currentTickets[desk] == ticket.id { currentTickets[desk] = nil }
        }
        tickets[ticket.id] = ticket
        if ticket.state == .waiting { insertWaiting(ticket) }
        if let desk = ticket.desk { currentTickets[desk] = ticket.id }
    }

    mutating func startDay(_ date: LocalDate) {
        day = date
        tickets = tickets.filter { $0.value.day >= date }
        // Past appointments stay a while, so an old code is "not today" rather than unknown.
        let keptSince = date.adding(days: -Self.pastAppointmentDays)
        appointments = appointments.filter { $0.value.day >= keptSince }
        openDesks = []
        streaks = [:]
        deskStreaks = [:]
        recentCalls = []
        rebuildIndexes()
    }

    mutating func indexIssued(_ ticket: Ticket) {
        guard ticket.day == day else { return }
        numbers[ticket.number] = ticket.id
        lastNumber[ticket.number.prefix] = max(lastNumber[ticket.number.prefix] ?? 0, ticket.number.number)
        issuedToday[ticket.issuedFor, default: 0] += 1
        if let key = ticket.idempotencyKey { idempotencyKeys[key] = ticket.id }
    }

    /// Recomputes every derived index from `tickets` (after a rollover or a snapshot load).
    mutating func rebuildIndexes() {
        numbers = [:]
        lastNumber = [:]
        issuedToday = [:]
        idempotencyKeys = [:]
        walkIns = [:]
        priorityTickets = [:]
        currentTickets = [:]
        for ticket in tickets.values.sorted(by: { $0.id < $1.id }) {
            indexIssued(ticket)
            if ticket.state == .waiting { insertWaiting(ticket) }
            if let desk = ticket.desk { currentTickets[desk] = ticket.id }
        }
    }

    mutating func recordCall(_ ticket: Ticket, desk: DeskID, at: Timestamp) {
        recentCalls.append(
            CallRecord(ticket: ticket.number, desk: desk, language: ticket.language, service: ticket.service, at: at))
        if recentCalls.count > Self.recentCallLimit { recentCalls.removeFirst(recentCalls.count - Self.recentCallLimit) }
    }

    mutating func recordDuration(service: ServiceID, milliseconds: Int64) {
        guard milliseconds > 0 else { return }
        var samples = recentDurations[service, default: []]
        samples.append(milliseconds)
        if samples.count > Self.durationSamples { samples.removeFirst(samples.count - Self.durationSamples) }
        recentDurations[service] = samples
    }
}
