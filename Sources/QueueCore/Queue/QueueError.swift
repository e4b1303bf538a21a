/// Why a command was refused. The state is unchanged when a command throws.
public enum QueueError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownService(ServiceID, valid: [ServiceID])
    case unknownDesk(DeskID, valid: [DeskID])
    /// No ticket with this number today.
    case unknownTicket(TicketNumber)
    case deskServesNothing(DeskID)
    /// Recall, no-show or done on a desk that has nobody called.
    case noCurrentTicket(DeskID)
    /// The ticket is in a state where this action makes no sense (transfer a finished ticket…).
    case invalidTransition(TicketNumber, state: TicketState.Kind, action: String)
    case alreadyInService(TicketNumber, ServiceID)
    /// The site (or this service) takes no tickets now; `nextOpening` says when it does.
    case closed(service: ServiceID?, nextOpening: LocalDateTime?)
    case dailyCapReached(ServiceID, cap: Int, nextOpening: LocalDateTime?)
    case malformedAppointmentCode(String)
    case unknownAppointmentCode(AppointmentCode)
    case appointmentNotToday(AppointmentCode, day: LocalDate)
    case appointmentCancelled(AppointmentCode)
    case appointmentAlreadyUsed(AppointmentCode)
    case invalidSlot(String)
    case invalidArgument(String)
    /// No free appointment code is left (100,000 booked at once).
    case noFreeAppointmentCode

    public var description: String {
        switch self {
        case .unknownService(let id, let valid):
            "unknown service '\(id)'; valid services: \(valid.map(\.rawValue).joined(separator: ", "))"
        case .unknownDesk(let id, let valid):
            "unknown desk '\(id)'; valid desks: \(valid.map(\.rawValue).joined(separator: ", "))"
        case .unknownTicket(let number):
            "no ticket \(number) today"
        case .deskServesNothing(let desk):
            "desk '\(desk)' serves no service; add services to it in the site configuration"
        case .noCurrentTicket(let desk):
            "desk '\(desk)' has nobody called"
        case .invalidTransition(let number, let state, let action):
            "ticket \(number) is \(state.rawValue): it cannot be \(action)"
        case .alreadyInService(let number, let service):
            "ticket \(number) is already in service '\(service)'"
        case .closed(let service, let next):
            (service.map { "service '\($0)' is closed now" } ?? "the site is closed now")
                + (next.map { "; next opening \($0)" } ?? "; no opening in the next year")
        case .dailyCapReached(let service, let cap, let next):
            "service '\(service)' has issued its \(cap) tickets for today"
                + (next.map { "; next opening \($0)" } ?? "")
        case .malformedAppointmentCode:
            "this is not a valid appointment code (six digits, the last one a check digit)"
        case .unknownAppointmentCode(let code):
            "no appointment with code \(code)"
        case .appointmentNotToday(let code, let day):
            "appointment \(code) is for \(day.weekday.name) \(day), not today"
        case .appointmentCancelled(let code):
            "appointment \(code) was cancelled"
        case .appointmentAlreadyUsed(let code):
            "appointment \(code) has already been used"
        case .invalidSlot(let why):
            "invalid appointment slot: \(why)"
        case .invalidArgument(let why):
            why
        case .noFreeAppointmentCode:
            "no free appointment code left"
        }
    }
}
