import QueueCore
import WireProtocol

/// `queuectl desk`: the desk model on the terminal, kept live by a `LiveQueue` (the status is
/// re-read after every event), actions run on the live connection.
public final class DeskApp: Sendable {
    let live: LiveQueue
    let desk: DeskID
    let language: LanguageCode

    public init(live: LiveQueue, desk: DeskID, language: LanguageCode) {
        self.live = live
        self.desk = desk
        self.language = language
    }

    enum Input: LiveInput {
        case key(Key)
        case update(LiveUpdate)
        case status(QueueStatus)
        case done(DeskAction, Result<CommandReply, ClientError>)
        case tick
    }

    public func run(session: TerminalSession) async {
        session.enter()
        defer { session.leave() }
        let inputs = LiveInputs<Input>(session: session, live: live, tick: .seconds(1))
        defer { inputs.cancel() }
        let inbox = inputs.stream
        let continuation = inputs.continuation
        var model = DeskModel(desk: desk, language: language)
        for await input in inbox {
            let now = WallClock.now()
            switch input {
            case .key(let key):
                let today = model.site?.localTime(at: now).date ?? LocalDate(daysSinceEpoch: 0)
                guard let action = model.press(key, today: today) else { break }
                if action == .quit { return }
                perform(action, into: continuation)
            case .update(.synced(let site, let status)):
                model.site = site
                model.status = status
                model.connected = true
            case .update(.resumed(let site)):
                model.site = site
                model.connected = true
                refresh(into: continuation)
            case .update(.event): refresh(into: continuation)
            case .update(.disconnected): model.connected = false
            case .status(let status): model.status = status
            case .done(let action, let result):
                model.finished(action, result)
                refresh(into: continuation)
            case .tick: break
            }
            session.draw(DeskScreen.screen(model, size: session.size, now: now))
        }
    }

    private func refresh(into inbox: AsyncStream<Input>.Continuation) {
        let live = self.live
        Task {
            if let status = try? await live.client?.getStatus() { inbox.yield(.status(status)) }
        }
    }

    private func perform(_ action: DeskAction, into inbox: AsyncStream<Input>.Continuation) {
        let live = self.live
        let desk = self.desk
        Task {
            guard let client = live.client else {
                inbox.yield(.done(action, .failure(.unreachable("not connected"))))
                return
            }
            do {
                let reply: CommandReply
                switch action {
                case .callNext: reply = try await client.callNext(desk: desk)
                case .recall: reply = try await client.recall(desk: desk)
                case .noShow: reply = try await client.markNoShow(desk: desk)
                case .finish: reply = try await client.finish(desk: desk)
                case .reinstate(let number): reply = try await client.reinstate(number)
                case .transfer(let number, let service): reply = try await client.transfer(number, to: service)
                case .pause: reply = try await client.pauseDesk(desk)
                case .open: reply = try await client.openDesk(desk)
                case .book(let service, let day, let window):
                    reply = try await client.bookAppointment(service: service, day: day, window: window)
                case .quit: return
                }
                inbox.yield(.done(action, .success(reply)))
            } catch let error as ClientError {
                inbox.yield(.done(action, .failure(error)))
            } catch {
                inbox.yield(.done(action, .failure(ClientError(.unknown, "\(error)", origin: .local))))
            }
        }
    }
}
