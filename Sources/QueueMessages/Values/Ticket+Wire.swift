import QueueCore

extension WireTicket {
    public init(_ ticket: Ticket) {
        self.init()
        id = ticket.id.rawValue
        number = ticket.number.description
        day = ticket.day.description
        service = ticket.service.rawValue
        issuedFor = ticket.issuedFor.rawValue
        language = ticket.language.rawValue
        arrivedAtMs = ticket.arrivedAt.millisecondsSinceEpoch
        if let slot = ticket.appointment { appointment = WireAppointmentSlot(slot) }
        if let urgent = ticket.urgentSince { urgentSinceMs = urgent.millisecondsSinceEpoch }
        setState(ticket.state)
        if let first = ticket.firstCalledAt { firstCalledAtMs = first.millisecondsSinceEpoch }
        recalls = UInt32(count: ticket.recalls)
        transfers = UInt32(count: ticket.transfers)
        if let key = ticket.idempotencyKey { idempotencyKey = key }
    }

    private mutating func setState(_ ticketState: TicketState) {
        state = WireTicketState(ticketState.kind)
        switch ticketState {
        case .waiting:
            break
        case .called(let desk, let at):
            self.desk = desk.rawValue
            stateAtMs = at.millisecondsSinceEpoch
        case .done(let at), .noShow(let at):
            stateAtMs = at.millisecondsSinceEpoch
        case .cancelled(let at, let reason):
            stateAtMs = at.millisecondsSinceEpoch
            cancelReason = WireCancelReason(reason)
        }
    }

    fileprivate func ticketState() throws(MessageError) -> TicketState {
        let at = FieldParsing.timestamp(stateAtMs)
        switch try TicketState.Kind(state, "state") {
        case .waiting: return .waiting
        case .called: return .called(desk: try FieldParsing.desk(desk, "desk"), at: at)
        case .done: return .done(at: at)
        case .noShow: return .noShow(at: at)
        case .cancelled: return .cancelled(at: at, reason: try CancelReason(cancelReason, "cancel_reason"))
        }
    }
}

extension Ticket {
    public init(_ message: WireTicket) throws {
        self.init(
            id: try FieldParsing.ticketID(message.id, "id"),
            number: try FieldParsing.ticketNumber(message.number, "number"),
            day: try FieldParsing.date(message.day, "day"),
            service: try FieldParsing.service(message.service, "service"),
            language: try FieldParsing.language(message.language, "language"),
            arrivedAt: FieldParsing.timestamp(message.arrivedAtMs),
            appointment: message.hasAppointment ? try nested("appointment") { try AppointmentSlot(message.appointment) } : nil,
            urgentSince: message.hasUrgentSinceMs ? FieldParsing.timestamp(message.urgentSinceMs) : nil,
            state: try message.ticketState(),
            firstCalledAt: message.hasFirstCalledAtMs ? FieldParsing.timestamp(message.firstCalledAtMs) : nil,
            recalls: Int(message.recalls),
            transfers: Int(message.transfers),
            issuedFor: try FieldParsing.service(message.issuedFor, "issued_for"),
            idempotencyKey: message.hasIdempotencyKey ? message.idempotencyKey : nil)
    }
}

extension WireAppointmentSlot {
    public init(_ slot: AppointmentSlot) {
        self.init()
        code = slot.code.digits
        startMs = slot.start.millisecondsSinceEpoch
        endMs = slot.end.millisecondsSinceEpoch
    }
}

extension AppointmentSlot {
    public init(_ message: WireAppointmentSlot) throws {
        self.init(
            code: try FieldParsing.appointmentCode(message.code, "code"),
            start: FieldParsing.timestamp(message.startMs), end: FieldParsing.timestamp(message.endMs))
    }
}

extension WireCancelReason {
    init(_ reason: CancelReason) {
        switch reason {
        case .requested: self = .requested
        case .endOfDay: self = .endOfDay
        }
    }
}

extension CancelReason {
    init(_ message: WireCancelReason, _ field: String) throws(MessageError) {
        switch message {
        case .requested: self = .requested
        case .endOfDay: self = .endOfDay
        case .unspecified: throw .missing(field: field)
        case .UNRECOGNIZED: throw .unknownCase(field: field)
        }
    }
}
