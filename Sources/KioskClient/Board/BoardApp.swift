import QueueCore

/// `queuectl board`: the board model fed by a `LiveQueue`, drawn on the terminal, each call
/// announced through the `SpeechQueue`. Runs until Ctrl-C or `q`.
public final class BoardApp: Sendable {
    let live: LiveQueue
    let speech: SpeechQueue

    public init(live: LiveQueue, speech: SpeechQueue) {
        self.live = live
        self.speech = speech
    }

    enum Input: LiveInput {
        case key(Key)
        case update(LiveUpdate)
        case tick
    }

    public func run(session: TerminalSession) async {
        session.enter()
        defer { session.leave() }
        let inputs = LiveInputs<Input>(session: session, live: live, tick: .milliseconds(500))
        defer { inputs.cancel() }
        let inbox = inputs.stream
        var model = BoardModel()
        session.draw(BoardScreen.screen(model, size: session.size))
        for await input in inbox {
            switch input {
            case .key(.interrupt), .key(.character("q")): return
            case .key, .tick: break
            case .update(.synced(let site, let status)): model.sync(site: site, status: status)
            case .update(.resumed(let site)):
                model.site = site
                model.connected = true
            case .update(.event(let event)):
                if let call = model.apply(event) { await speech.say(call.announcement, language: call.language.rawValue) }
            case .update(.disconnected): model.connected = false
            }
            session.draw(BoardScreen.screen(model, size: session.size))
        }
    }
}
