/// A booked slot: a service, a day and a time window, reached with an anonymous code.
public struct Appointment: Hashable, Sendable {
    public let code: AppointmentCode
    public let service: ServiceID
    public let day: LocalDate
    public let window: TimeWindow
    public var state: State

    public enum State: Hashable, Sendable {
        case booked
        /// Checked in at the kiosk, which issued this ticket.
        case checkedIn(TicketID)
        case cancelled
    }

    public init(code: AppointmentCode, service: ServiceID, day: LocalDate, window: TimeWindow, state: State = .booked) {
        self.code = code
        self.service = service
        self.day = day
        self.window = window
        self.state = state
    }
}
