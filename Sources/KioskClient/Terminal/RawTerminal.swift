import Glibc

/// The process's terminal in raw mode (no echo, no line buffering, no signals from keys), on
/// the alternate screen with the cursor hidden; `restore()` puts everything back. The only place
/// that touches termios.
public final class RawTerminal: @unchecked Sendable {
    private var saved = termios()
    private var active = false
    let input: Int32
    let output: Int32

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// Enters raw mode; false when the input is not a terminal (then keys are read as they come).
    @discardableResult
    public func enter() -> Bool {
        write(ScreenRenderer.enter)
        guard isatty(input) == 1, tcgetattr(input, &saved) == 0 else { return false }
        var raw = saved
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_oflag &= ~tcflag_t(OPOST)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        active = tcsetattr(input, TCSAFLUSH, &raw) == 0
        return active
    }

    public func restore() {
        if active { tcsetattr(input, TCSAFLUSH, &saved) }
        active = false
        write(ScreenRenderer.leave)
    }

    /// The terminal's size now; 80×24 when it cannot be asked.
    public var size: TerminalSize {
        TerminalSize.of(descriptor: output) ?? TerminalSize.of(descriptor: input) ?? .standard
    }

    public func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { Glibc.write(output, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            bytes = bytes.dropFirst(count)
        }
    }

    /// Waits up to `timeoutMilliseconds` for input and returns what is there (empty on timeout).
    /// Blocking: call it from a thread pool, never from the cooperative pool.
    public func read(timeoutMilliseconds: Int32) -> [UInt8]? {
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, timeoutMilliseconds)
        guard ready > 0 else { return ready == 0 || errno == EINTR ? [] : nil }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EINTR || errno == EAGAIN ? [] : nil }
        if count == 0 { return nil }
        return Array(buffer[0..<count])
    }
}
