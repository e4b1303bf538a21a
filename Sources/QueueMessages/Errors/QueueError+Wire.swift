import QueueCore

extension WireErrorDetail {
    /// The structured form of a refusal, so a client can act on it (list valid services, say
    /// when the site opens) in the patient's language rather than show the English message.
    public init(_ error: QueueError, timeZone: TimeZoneRules) {
        self.init()
        switch error {
        case .unknownService(let service, let valid):
            reason = .unknownService
            self.service = service.rawValue
            validServices = valid.map(\.rawValue)
        case .unknownDesk(let desk, let valid):
            reason = .unknownDesk
            self.desk = desk.rawValue
            validDesks = valid.map(\.rawValue)
        case .unknownTicket(let number):
            reason = .unknownTicket
            ticket = number.description
        case .deskServesNothing(let desk):
            reason = .deskServesNothing
            self.desk = desk.rawValue
        case .noCurrentTicket(let desk):
            reason = .noCurrentTicket
            self.desk = desk.rawValue
        case .invalidTransition(let number, let state, let action):
            reason = .invalidTransition
            ticket = number.description
            ticketState = WireTicketState(state)
            self.action = action
        case .alreadyInService(let number, let service):
            reason = .alreadyInService
            ticket = number.description
            self.service = service.rawValue
        case .closed(let service, let next):
            reason = .closed
            self.service = service?.rawValue ?? ""
            setNextOpening(next, timeZone: timeZone)
        case .dailyCapReached(let service, let cap, let next):
            reason = .dailyCapReached
            self.service = service.rawValue
            dailyCap = UInt32(count: cap)
            setNextOpening(next, timeZone: timeZone)
        case .malformedAppointmentCode(let text):
            reason = .malformedAppointmentCode
            self.text = text
        case .unknownAppointmentCode(let code):
            reason = .unknownAppointmentCode
            appointmentCode = code.digits
        case .appointmentNotToday(let code, let day):
            reason = .appointmentNotToday
            appointmentCode = code.digits
            self.day = day.description
        case .appointmentCancelled(let code):
            reason = .appointmentCancelled
            appointmentCode = code.digits
        case .appointmentAlreadyUsed(let code):
            reason = .appointmentAlreadyUsed
            appointmentCode = code.digits
        case .invalidSlot(let why):
            reason = .invalidSlot
            text = why
        case .invalidArgument(let why):
            reason = .invalidArgument
            text = why
        case .noFreeAppointmentCode:
            reason = .noFreeAppointmentCode
        }
    }

    private mutating func setNextOpening(_ next: LocalDateTime?, timeZone: TimeZoneRules) {
        guard let next else { return }
        nextOpening = .with {
            $0.local = next.description
            $0.atMs = timeZone.timestamp(of: next).millisecondsSinceEpoch
        }
    }
}

extension QueueError {
    /// The refusal a detail describes, or nil when its reason is not a queue rule (a protocol
    /// or server reason, or one this version does not know).
    public init?(_ detail: WireErrorDetail) throws {
        let d = detail
        func code() throws(MessageError) -> AppointmentCode {
            try FieldParsing.appointmentCode(d.appointmentCode, "appointment_code")
        }
        func next() throws(MessageError) -> LocalDateTime? {
            d.hasNextOpening ? try FieldParsing.localDateTime(d.nextOpening.local, "next_opening.local") : nil
        }
        switch d.reason {
        case .unknownService:
            self = .unknownService(
                try FieldParsing.service(d.service, "service"),
                valid: try d.validServices.map { try FieldParsing.service($0, "valid_services") })
        case .unknownDesk:
            self = .unknownDesk(
                try FieldParsing.desk(d.desk, "desk"),
                valid: try d.validDesks.map { try FieldParsing.desk($0, "valid_desks") })
        case .unknownTicket: self = .unknownTicket(try FieldParsing.ticketNumber(d.ticket, "ticket"))
        case .deskServesNothing: self = .deskServesNothing(try FieldParsing.desk(d.desk, "desk"))
        case .noCurrentTicket: self = .noCurrentTicket(try FieldParsing.desk(d.desk, "desk"))
        case .invalidTransition:
            self = .invalidTransition(
                try FieldParsing.ticketNumber(d.ticket, "ticket"),
                state: try TicketState.Kind(d.ticketState, "ticket_state"), action: d.action)
        case .alreadyInService:
            self = .alreadyInService(
                try FieldParsing.ticketNumber(d.ticket, "ticket"), try FieldParsing.service(d.service, "service"))
        case .closed: self = .closed(service: FieldParsing.optionalService(d.service), nextOpening: try next())
        case .dailyCapReached:
            self = .dailyCapReached(
                try FieldParsing.service(d.service, "service"), cap: Int(d.dailyCap), nextOpening: try next())
        case .malformedAppointmentCode: self = .malformedAppointmentCode(d.text)
        case .unknownAppointmentCode: self = .unknownAppointmentCode(try code())
        case .appointmentNotToday:
            self = .appointmentNotToday(try code(), day: try FieldParsing.date(d.day, "day"))
        case .appointmentCancelled: self = .appointmentCancelled(try code())
        case .appointmentAlreadyUsed: self = .appointmentAlreadyUsed(try code())
        case .invalidSlot: self = .invalidSlot(d.text)
        case .invalidArgument: self = .invalidArgument(d.text)
        case .noFreeAppointmentCode: self = .noFreeAppointmentCode
        case .unspecified, .malformedRequest, .unknownMethod, .roleNotAllowed, .badToken, .unsupportedVersion,
            .tooManyCalls, .cannotResume, .slowSubscriber, .shuttingDown, .storageFailed, .protocolViolation,
            .frameTooLarge, .invalidConfiguration, .idleTimeout, .UNRECOGNIZED:
            return nil
        }
    }
}
