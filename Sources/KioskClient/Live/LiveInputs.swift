/// What a live screen (board, desk) reacts to: keys, the queue's updates and a clock, merged
/// into one stream that a single loop reads, so the model is only touched in one place.
protocol LiveInput: Sendable {
    static func key(_ key: Key) -> Self
    static func update(_ update: LiveUpdate) -> Self
    static var tick: Self { get }
}

/// The merged inputs; cancel `tasks` when done.
struct LiveInputs<Input: LiveInput> {
    let stream: AsyncStream<Input>
    let continuation: AsyncStream<Input>.Continuation
    let tasks: [Task<Void, Never>]

    init(session: TerminalSession, live: LiveQueue, tick interval: Duration) {
        (stream, continuation) = AsyncStream.makeStream(of: Input.self)
        tasks = [
            forward(session.keys(), into: continuation) { .key($0) },
            forward(live.updates(), into: continuation) { .update($0) },
            ticker(every: interval, into: continuation, .tick),
        ]
    }

    func cancel() { tasks.forEach { $0.cancel() } }
}
