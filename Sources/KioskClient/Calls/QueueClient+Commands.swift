import QueueCore
import WireProtocol

extension QueueClient {
    /// Runs `command` through its method: the reply, or the refusal as `ClientError` (whose
    /// `queueError` names the rule). Not for `rollOver`, which only the server sends.
    public func run(_ command: QueueCommand) async throws -> CommandReply {
        guard let method = Method(command: command), let request = command.request else {
            throw ClientError(.invalidArgument, "\(command.name) is not sent by clients", origin: .local)
        }
        return try await commandReply(method, request)
    }

    /// A ticket for `service`. Make `idempotencyKey` once per button press and reuse it on every
    /// retry of that press: the server then returns the same ticket instead of a second one.
    /// `language` nil: the site's default.
    public func takeTicket(
        service: ServiceID, language: LanguageCode?, urgent: Bool = false, idempotencyKey: String
    ) async throws -> CommandReply {
        let request = WireTakeTicketRequest.with {
            $0.service = service.rawValue
            $0.language = language?.rawValue ?? ""
            $0.urgent = urgent
            $0.idempotencyKey = idempotencyKey
        }
        return try await commandReply(.takeTicket, request)
    }

    /// A ticket for the appointment with `code` (as typed, `482-913`).
    public func checkIn(code: String, language: LanguageCode?) async throws -> CommandReply {
        let request = WireCheckInRequest.with {
            $0.code = code
            $0.language = language?.rawValue ?? ""
        }
        return try await commandReply(.checkIn, request)
    }

    public func callNext(desk: DeskID, language: LanguageCode? = nil) async throws -> CommandReply {
        try await run(.callNext(desk: desk, language: language))
    }

    public func recall(desk: DeskID) async throws -> CommandReply { try await run(.recall(desk: desk)) }
    public func markNoShow(desk: DeskID) async throws -> CommandReply { try await run(.markNoShow(desk: desk)) }
    public func finish(desk: DeskID) async throws -> CommandReply { try await run(.finish(desk: desk)) }
    public func reinstate(_ ticket: TicketNumber) async throws -> CommandReply { try await run(.reinstate(ticket)) }

    public func transfer(_ ticket: TicketNumber, to service: ServiceID) async throws -> CommandReply {
        try await run(.transfer(ticket, to: service))
    }

    public func cancel(_ ticket: TicketNumber) async throws -> CommandReply { try await run(.cancel(ticket)) }
    public func flagUrgent(_ ticket: TicketNumber) async throws -> CommandReply { try await run(.flagUrgent(ticket)) }
    public func openDesk(_ desk: DeskID) async throws -> CommandReply { try await run(.openDesk(desk)) }
    public func pauseDesk(_ desk: DeskID) async throws -> CommandReply { try await run(.pauseDesk(desk)) }

    /// Books `window` on `day`; the reply's `appointment.code` is what the patient gets.
    public func bookAppointment(service: ServiceID, day: LocalDate, window: TimeWindow) async throws -> CommandReply {
        try await run(.bookAppointment(service: service, day: day, window: window, entropy: 0))
    }

    public func cancelAppointment(code: String) async throws -> CommandReply {
        try await run(.cancelAppointment(code: code))
    }

    private func commandReply(_ method: Method, _ request: some CommandRequest) async throws -> CommandReply {
        let message = try await unary(method, request, as: WireCommandReply.self)
        return try decoded(method.name) { try CommandReply(message) }
    }
}
