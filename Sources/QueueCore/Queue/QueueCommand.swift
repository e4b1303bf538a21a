/// Something a person asks of the queue. Decided against `QueueState` at a given time.
public enum QueueCommand: Hashable, Sendable {
    /// A patient takes a ticket at the kiosk (or staff issue one; `urgent` is staff-only).
    /// `idempotencyKey` makes a double press or a retry return the same ticket.
    case takeTicket(service: ServiceID, language: LanguageCode, urgent: Bool, idempotencyKey: String?)
    /// A patient enters an appointment code at the kiosk.
    case checkIn(code: String, language: LanguageCode)
    /// A desk finishes its current ticket (if any) and calls the next one.
    /// With `language`, only tickets in that language are considered (an interpreter is here).
    case callNext(desk: DeskID, language: LanguageCode?)
    /// Call the desk's current ticket again (the board repeats the announcement).
    case recall(desk: DeskID)
    /// The desk's current ticket did not come.
    case markNoShow(desk: DeskID)
    /// The desk's current consultation is over.
    case finish(desk: DeskID)
    /// A no-show ticket turned up after all: back to waiting, at its original place.
    case reinstate(TicketNumber)
    /// Re-orientation to another service, keeping the original arrival time.
    case transfer(TicketNumber, to: ServiceID)
    case cancel(TicketNumber)
    /// Staff flag a waiting ticket as urgent (priority class).
    case flagUrgent(TicketNumber)
    case openDesk(DeskID)
    /// The desk stops calling for now (break, end of shift); its current ticket stays.
    case pauseDesk(DeskID)
    /// Staff book a slot; `entropy` (random, from the caller) picks the code.
    case bookAppointment(service: ServiceID, day: LocalDate, window: TimeWindow, entropy: UInt64)
    case cancelAppointment(code: String)
    /// Start the new site-local day if it has begun (the server sends this at midnight).
    case rollOver

    /// The verb, for logs and error messages.
    public var name: String {
        switch self {
        case .takeTicket: "take-ticket"
        case .checkIn: "check-in"
        case .callNext: "call-next"
        case .recall: "recall"
        case .markNoShow: "no-show"
        case .finish: "done"
        case .reinstate: "reinstate"
        case .transfer: "transfer"
        case .cancel: "cancel"
        case .flagUrgent: "flag-urgent"
        case .openDesk: "open-desk"
        case .pauseDesk: "pause-desk"
        case .bookAppointment: "book-appointment"
        case .cancelAppointment: "cancel-appointment"
        case .rollOver: "roll-over"
        }
    }
}
