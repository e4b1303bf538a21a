import NIOCore
import QueueCore
import SwiftProtobuf
import WireProtocol

/// Runs one unary call against the backend: decodes the request, builds the command with what
/// the caller may not choose (`CommandContext`), runs it and encodes the reply. Every failure
/// becomes a STATUS with a code, a sentence and a detail.
struct CallDispatcher: Sendable {
    let server: ServerContext
    /// Random bits for commands that draw a code.
    var entropy: @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) }

    private var backend: any QueueBackend { server.backend }
    private var maximumFrameLength: Int { server.limits.maxFrameLength }

    /// The outcome of `method` for a caller with `role`; a `deadline` already passed drops a
    /// command unexecuted (DEADLINE_EXCEEDED).
    func run(_ method: Method, body: ByteBuffer, role: Role, deadline: NIODeadline?) async -> CallOutcome {
        do {
            if let deadline, deadline < .now() { throw DeadlinePassed() }
            return try await answer(method, body: body, role: role)
        } catch {
            return .failed(status(for: error))
        }
    }

    /// Starts a command call without a task: decodes and checks it here (on the event loop),
    /// submits it, and hands the writer's result to `done` on the writer's thread (turn it into
    /// the call's outcome with `outcome(of:)`, off that thread). False for methods that are no
    /// commands: those go through `run`.
    func startCommand(
        _ method: Method, body: ByteBuffer, role: Role, deadline: NIODeadline?,
        done: @escaping @Sendable (Result<CommandOutcome, any Error>) -> Void
    ) -> Bool {
        guard method.drivesCommand else { return false }
        if let deadline, deadline < .now() {
            done(.failure(DeadlinePassed()))
            return true
        }
        let command: QueueCommand
        do {
            command = try self.command(method, body: body, role: role)
        } catch {
            done(.failure(error))
            return true
        }
        backend.submit(command) { result in done(result.mapError { $0 }) }
        return true
    }

    /// The command a REQUEST asks for, with what the caller may not choose (`CommandContext`).
    private func command(_ method: Method, body: ByteBuffer, role: Role) throws -> QueueCommand {
        let context = CommandContext(
            entropy: entropy(), mayMarkUrgent: role.isStaff, defaultLanguage: server.site.defaultLanguage)
        guard let command = try method.command(from: body, context: context) else { throw NoCommand(method: method) }
        return command
    }

    /// A command call's outcome from what `startCommand` handed over.
    func outcome(of result: Result<CommandOutcome, any Error>) -> CallOutcome {
        switch result {
        case .success(let outcome): return reply(WireCommandReply(outcome.reply))
        case .failure(let error): return .failed(status(for: error))
        }
    }

    private func answer(_ method: Method, body: ByteBuffer, role: Role) async throws -> CallOutcome {
        switch method {
        case .getSiteInfo:
            return reply(WireSiteInfo(await backend.configuration(), at: server.clock()))
        case .getStatus:
            return reply(WireQueueStatus(await backend.status()))
        case .listWaiting:
            let request = try WireListWaitingRequest(decoding: body.readableBytesSpan)
            let services = try await services(desk: request.desk, service: request.service)
            return reply(WireWaitingList(await backend.waiting(services: services)))
        case .getReport:
            let request = try WireGetReportRequest(decoding: body.readableBytesSpan)
            let from = try Self.day(request.fromDay, "from_day")
            let through = try Self.day(request.throughDay, "through_day")
            return reply(WireReport(try await backend.report(from: from, through: through)))
        case .reloadConfig:
            let site = try await server.reloader.reload()
            return reply(WireReloadConfigReply.with { $0.site = WireSiteInfo(site, at: server.clock()) })
        case .getServerInfo:
            return reply(await serverInfo())
        case .subscribe, .backup:
            return .failed(WireCallStatus(.internal, "\(method) is a stream, not a unary call"))
        default:
            // Commands come through `startCommand`; this path serves any other caller alike.
            return reply(WireCommandReply(try await backend.submit(try command(method, body: body, role: role)).reply))
        }
    }

    private func reply(_ message: some SwiftProtobuf.Message) -> CallOutcome {
        .reply(message, maximumFrameLength: maximumFrameLength)
    }

    /// ListWaiting's services: those of `desk`, or `service`, or every one.
    private func services(desk: String, service: String) async throws -> [ServiceID] {
        let site = await backend.configuration()
        if !desk.isEmpty {
            guard let found = site.desk(DeskID(desk)) else {
                throw QueueError.unknownDesk(DeskID(desk), valid: site.desks.map(\.id))
            }
            return site.services.map(\.id).filter(found.services.contains)
        }
        if !service.isEmpty {
            guard site.service(ServiceID(service)) != nil else {
                throw QueueError.unknownService(ServiceID(service), valid: site.services.map(\.id))
            }
            return [ServiceID(service)]
        }
        return site.services.map(\.id)
    }

    private func serverInfo() async -> WireServerInfo {
        let health = await backend.health()
        return WireServerInfo.with {
            $0.serverVersion = ServerVersion.current
            $0.minProtocolVersion = ProtocolVersion.supported.lowerBound
            $0.maxProtocolVersion = ProtocolVersion.supported.upperBound
            $0.startedAtMs = server.startedAt.millisecondsSinceEpoch
            $0.lastSeq = health.lastSeq
            $0.connections = UInt32(clamping: server.connectionCount)
            $0.subscriptions = UInt32(clamping: server.subscriptionCount)
            $0.databaseBytes = server.databasePath.map(FileSize.bytes) ?? 0
        }
    }

    static func day(_ text: String, _ field: String) throws(MessageError) -> LocalDate {
        guard let day = LocalDate(text), day.description == text else {
            throw MessageError.malformed(field: field, value: text, expected: "a date YYYY-MM-DD")
        }
        return day
    }

    /// The STATUS for anything a call threw; times in it are the site's local time.
    func status(for error: any Error) -> WireCallStatus {
        switch error {
        case let failure as BackendFailure:
            return failure.callStatus(timeZone: server.site.timeZone)
        case let refusal as QueueError:
            return WireCallStatus(refusal, timeZone: server.site.timeZone)
        case is DeadlinePassed:
            return WireCallStatus(.deadlineExceeded, "the call's timeout passed before it ran; nothing was done")
        case let missing as NoCommand:
            return WireCallStatus(.internal, "\(missing.method) has no command")
        case let malformed as MessageError:
            return WireCallStatus(malformed)
        case let refused as ReloadRefused:
            return .refusal(
                .invalidConfiguration, "the configuration was not reloaded: \(refused.problems.count) problem(s)",
                text: refused.description)
        default:
            return WireCallStatus(.internal, "the server failed: \(error)")
        }
    }
}

/// The call's timeout passed before it ran: nothing was done.
struct DeadlinePassed: Error {}

/// A method that should drive a command produced none (a bug in the method table).
struct NoCommand: Error {
    let method: Method
}
