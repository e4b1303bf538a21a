import NIOPosix

/// The thin I/O layer under every full-screen mode: raw mode on entry and restored on exit,
/// keys read on NIO's blocking-I/O pool (never on the cooperative pool), and screens drawn
/// only when they changed or the terminal was resized.
public final class TerminalSession: @unchecked Sendable {
    public let terminal: RawTerminal
    private var lastDrawn: (Screen, TerminalSize)?

    public init(terminal: RawTerminal = RawTerminal()) {
        self.terminal = terminal
    }

    public var size: TerminalSize { terminal.size }

    public func enter() { terminal.enter() }
    public func leave() { terminal.restore() }

    /// Draws `screen` unless it is already shown at this size.
    public func draw(_ screen: Screen) {
        let size = terminal.size
        if let (shown, shownSize) = lastDrawn, shown == screen, shownSize == size { return }
        terminal.write(ScreenRenderer.ansi(screen, size: size))
        lastDrawn = (screen, size)
    }

    /// Key presses until the input ends or the consumer stops.
    public func keys() -> AsyncStream<Key> {
        let terminal = self.terminal
        return AsyncStream { continuation in
            let task = Task {
                var parser = KeyParser()
                while !Task.isCancelled {
                    let bytes = try? await NIOThreadPool.singleton.runIfActive { terminal.read(timeoutMilliseconds: 200) }
                    guard let bytes = bytes ?? nil else { break }
                    for key in parser.keys(from: bytes) { continuation.yield(key) }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

/// Feeds `stream` into `inbox`, converted by `transform`, until either ends.
func forward<Element: Sendable, Input: Sendable>(
    _ stream: AsyncStream<Element>, into inbox: AsyncStream<Input>.Continuation, _ transform: @escaping @Sendable (Element) -> Input
) -> Task<Void, Never> {
    Task {
        for await element in stream { inbox.yield(transform(element)) }
    }
}

/// Yields `input` every `interval` until cancelled: the clock of a screen.
func ticker<Input: Sendable>(every interval: Duration, into inbox: AsyncStream<Input>.Continuation, _ input: Input) -> Task<Void, Never> {
    Task {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            inbox.yield(input)
        }
    }
}
