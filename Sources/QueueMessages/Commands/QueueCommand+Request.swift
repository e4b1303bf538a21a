import QueueCore

extension QueueCommand {
    /// The request message that asks a server for this command; nil for `rollOver`, which only
    /// the server itself sends. A booking's entropy stays behind: the server draws its own.
    public var request: (any CommandRequest)? {
        switch self {
        case .takeTicket(let service, let language, let urgent, let key):
            WireTakeTicketRequest.with {
                $0.service = service.rawValue
                $0.language = language.rawValue
                $0.urgent = urgent
                $0.idempotencyKey = key ?? ""
            }
        case .checkIn(let code, let language):
            WireCheckInRequest.with {
                $0.code = code
                $0.language = language.rawValue
            }
        case .callNext(let desk, let language):
            WireCallNextRequest.with {
                $0.desk = desk.rawValue
                $0.language = language?.rawValue ?? ""
            }
        case .recall(let desk): WireRecallRequest.with { $0.desk = desk.rawValue }
        case .markNoShow(let desk): WireMarkNoShowRequest.with { $0.desk = desk.rawValue }
        case .finish(let desk): WireFinishRequest.with { $0.desk = desk.rawValue }
        case .reinstate(let number): WireReinstateRequest.with { $0.ticket = number.description }
        case .transfer(let number, let service):
            WireTransferRequest.with {
                $0.ticket = number.description
                $0.toService = service.rawValue
            }
        case .cancel(let number): WireCancelRequest.with { $0.ticket = number.description }
        case .flagUrgent(let number): WireFlagUrgentRequest.with { $0.ticket = number.description }
        case .openDesk(let desk): WireOpenDeskRequest.with { $0.desk = desk.rawValue }
        case .pauseDesk(let desk): WirePauseDeskRequest.with { $0.desk = desk.rawValue }
        case .bookAppointment(let service, let day, let window, _):
            WireBookAppointmentRequest.with {
                $0.service = service.rawValue
                $0.day = day.description
                $0.window = WireTimeWindow(window)
            }
        case .cancelAppointment(let code): WireCancelAppointmentRequest.with { $0.code = code }
        case .rollOver: nil
        }
    }
}
