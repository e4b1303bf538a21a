import NIOPosix
import QueueCore

/// `queuectl kiosk`: the kiosk model on the terminal; requests sent through a
/// `ReconnectingClient` (a press's retries reuse its idempotency key), tickets printed
/// when a printer is set, the site re-read every minute.
public final class KioskApp: Sendable {
    let client: ReconnectingClient
    let printer: TicketPrinter?
    let resultSeconds: Int

    public init(client: ReconnectingClient, printer: TicketPrinter?, resultSeconds: Int = 20) {
        self.client = client
        self.printer = printer
        self.resultSeconds = resultSeconds
    }

    enum Input: Sendable {
        case key(Key)
        case tick
        case site(SiteInfo?)
        case outcome(KioskOutcome)
        case printed(TicketPrinter.Outcome)
    }

    public func run(session: TerminalSession) async {
        session.enter()
        defer { session.leave() }
        let (inbox, continuation) = AsyncStream.makeStream(of: Input.self)
        let client = self.client
        let tasks = [
            forward(session.keys(), into: continuation) { .key($0) },
            ticker(every: .milliseconds(500), into: continuation, .tick),
            Task {
                while !Task.isCancelled {
                    let site = try? await client.call(patience: .seconds(5)) { try await $0.getSiteInfo() }
                    continuation.yield(.site(site))
                    try? await Task.sleep(for: site == nil ? .seconds(2) : .seconds(60))
                }
            },
        ]
        defer { tasks.forEach { $0.cancel() } }
        var model = KioskModel(now: WallClock.now())
        model.resultTimeout = Int64(resultSeconds) * 1000
        session.draw(KioskScreen.screen(model, size: session.size, now: WallClock.now()))
        for await input in inbox {
            let now = WallClock.now()
            switch input {
            case .key(.interrupt): return
            case .key(let key):
                if let request = model.press(key, now: now, makeKey: IdempotencyKey.fresh) {
                    send(request, site: model.site, into: continuation)
                }
            case .tick: model.tick(now: now)
            case .site(let site):
                if let site { model.site = site }
                model.connected = site != nil
            case .outcome(let outcome): model.receive(outcome, now: now)
            case .printed(let outcome): model.printed(outcome)
            }
            session.draw(KioskScreen.screen(model, size: session.size, now: now))
        }
    }

    private func send(_ request: KioskRequest, site: SiteInfo?, into inbox: AsyncStream<Input>.Continuation) {
        let client = self.client
        let printer = self.printer
        Task {
            let outcome = await Self.perform(request, client: client)
            inbox.yield(.outcome(outcome))
            guard case .issued(let reply) = outcome, let ticket = reply.ticket, let site else { return }
            guard let printer else {
                inbox.yield(.printed(.missing("no printer configured")))
                return
            }
            let bytes = TicketPrintout(ticket: ticket, estimate: reply.estimate, site: site).escPosBytes
            let printed = (try? await NIOThreadPool.singleton.runIfActive { printer.print(bytes) }) ?? .failed("no thread")
            inbox.yield(.printed(printed))
        }
    }

    /// Sends the request, retrying for up to 20 s with the same idempotency key.
    static func perform(_ request: KioskRequest, client: ReconnectingClient) async -> KioskOutcome {
        do {
            let reply = try await client.call(patience: .seconds(20)) { connection in
                switch request {
                case .take(let service, let language, let key):
                    try await connection.takeTicket(service: service, language: language, idempotencyKey: key.rawValue)
                case .checkIn(let code, let language):
                    try await connection.checkIn(code: code, language: language)
                }
            }
            return .issued(reply)
        } catch let error as ClientError {
            return error.isRetryable ? .unreachable : .refused(error)
        } catch {
            return .unreachable
        }
    }
}
