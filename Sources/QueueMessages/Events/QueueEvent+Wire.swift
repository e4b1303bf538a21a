import QueueCore

extension WireQueueEvent {
    public init(_ event: QueueEvent) {
        self.init()
        seq = event.seq
        atMs = event.at.millisecondsSinceEpoch
        kind = OneOf_Kind(event.kind)
    }
}

extension WireQueueEvent.OneOf_Kind {
    init(_ kind: QueueEvent.Kind) {
        switch kind {
        case .dayStarted(let day): self = .dayStarted(.with { $0.day = day.description })
        case .ticketIssued(let ticket): self = .ticketIssued(WireTicket(ticket))
        case .ticketCalled(let ticket): self = .ticketCalled(WireTicket(ticket))
        case .ticketRecalled(let ticket): self = .ticketRecalled(WireTicket(ticket))
        case .ticketFinished(let ticket): self = .ticketFinished(WireTicket(ticket))
        case .ticketMissed(let ticket): self = .ticketMissed(WireTicket(ticket))
        case .ticketReinstated(let ticket): self = .ticketReinstated(WireTicket(ticket))
        case .ticketTransferred(let ticket, let from, let desk):
            self = .ticketTransferred(
                .with {
                    $0.ticket = WireTicket(ticket)
                    $0.fromService = from.rawValue
                    $0.fromDesk = desk?.rawValue ?? ""
                })
        case .ticketCancelled(let ticket): self = .ticketCancelled(WireTicket(ticket))
        case .ticketFlaggedUrgent(let ticket): self = .ticketFlaggedUrgent(WireTicket(ticket))
        case .deskOpened(let desk): self = .deskOpened(.with { $0.desk = desk.rawValue })
        case .deskPaused(let desk): self = .deskPaused(.with { $0.desk = desk.rawValue })
        case .appointmentBooked(let appointment): self = .appointmentBooked(WireAppointment(appointment))
        case .appointmentCancelled(let appointment): self = .appointmentCancelled(WireAppointment(appointment))
        }
    }
}

extension QueueEvent {
    /// Throws `MessageError.unknownCase(field: "kind")` for an event kind this version does not
    /// know (from a newer server): a subscriber skips it and still counts its `seq`.
    public init(_ message: WireQueueEvent) throws {
        guard message.seq >= 1 else {
            throw MessageError.malformed(field: "seq", value: "\(message.seq)", expected: "a sequence number >= 1")
        }
        guard let kind = message.kind else {
            throw message.unknownFields.data.isEmpty
                ? MessageError.missing(field: "kind") : MessageError.unknownCase(field: "kind")
        }
        self.init(seq: message.seq, at: FieldParsing.timestamp(message.atMs), kind: try Kind(kind))
    }
}

extension QueueEvent.Kind {
    init(_ kind: WireQueueEvent.OneOf_Kind) throws {
        func ticket(_ field: String, _ message: WireTicket) throws -> Ticket {
            try nested(field) { try Ticket(message) }
        }
        switch kind {
        case .dayStarted(let started): self = .dayStarted(try FieldParsing.date(started.day, "day_started.day"))
        case .ticketIssued(let t): self = .ticketIssued(try ticket("ticket_issued", t))
        case .ticketCalled(let t): self = .ticketCalled(try ticket("ticket_called", t))
        case .ticketRecalled(let t): self = .ticketRecalled(try ticket("ticket_recalled", t))
        case .ticketFinished(let t): self = .ticketFinished(try ticket("ticket_finished", t))
        case .ticketMissed(let t): self = .ticketMissed(try ticket("ticket_missed", t))
        case .ticketReinstated(let t): self = .ticketReinstated(try ticket("ticket_reinstated", t))
        case .ticketTransferred(let transfer):
            self = .ticketTransferred(
                try ticket("ticket_transferred.ticket", transfer.ticket),
                from: try FieldParsing.service(transfer.fromService, "ticket_transferred.from_service"),
                desk: FieldParsing.optionalDesk(transfer.fromDesk))
        case .ticketCancelled(let t): self = .ticketCancelled(try ticket("ticket_cancelled", t))
        case .ticketFlaggedUrgent(let t): self = .ticketFlaggedUrgent(try ticket("ticket_flagged_urgent", t))
        case .deskOpened(let change): self = .deskOpened(try FieldParsing.desk(change.desk, "desk_opened.desk"))
        case .deskPaused(let change): self = .deskPaused(try FieldParsing.desk(change.desk, "desk_paused.desk"))
        case .appointmentBooked(let a):
            self = .appointmentBooked(try nested("appointment_booked") { try Appointment(a) })
        case .appointmentCancelled(let a):
            self = .appointmentCancelled(try nested("appointment_cancelled") { try Appointment(a) })
        }
    }
}
