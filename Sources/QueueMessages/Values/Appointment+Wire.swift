import QueueCore

extension WireAppointment {
    public init(_ appointment: Appointment) {
        self.init()
        code = appointment.code.digits
        service = appointment.service.rawValue
        day = appointment.day.description
        window = WireTimeWindow(appointment.window)
        switch appointment.state {
        case .booked:
            state = .booked
        case .checkedIn(let ticket):
            state = .checkedIn
            ticketID = ticket.rawValue
        case .cancelled:
            state = .cancelled
        }
    }
}

extension Appointment {
    public init(_ message: WireAppointment) throws {
        let state: State
        switch message.state {
        case .booked: state = .booked
        case .checkedIn: state = .checkedIn(try FieldParsing.ticketID(message.ticketID, "ticket_id"))
        case .cancelled: state = .cancelled
        case .unspecified: throw MessageError.missing(field: "state")
        case .UNRECOGNIZED: throw MessageError.unknownCase(field: "state")
        }
        self.init(
            code: try FieldParsing.appointmentCode(message.code, "code"),
            service: try FieldParsing.service(message.service, "service"),
            day: try FieldParsing.date(message.day, "day"),
            window: try nested("window") { try TimeWindow(message.window) },
            state: state)
    }
}

extension WireTimeWindow {
    public init(_ window: TimeWindow) {
        self.init()
        start = window.start.description
        end = window.end.description
    }
}

extension TimeWindow {
    public init(_ message: WireTimeWindow) throws {
        let start = try FieldParsing.time(message.start, "start")
        let end = try FieldParsing.time(message.end, "end")
        guard let window = TimeWindow(start: start, end: end) else {
            throw MessageError.malformed(field: "end", value: message.end, expected: "a time after start")
        }
        self = window
    }
}
