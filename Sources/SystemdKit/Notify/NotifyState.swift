/// One assignment of an `sd_notify` message: what the service tells its service manager.
///
/// `reloading` also carries `MONOTONIC_USEC`, which systemd 253 and later require for
/// `Type=notify-reload` (older versions ignore it).
public enum NotifyState: Sendable, Equatable {
    /// `READY=1`: start-up is finished, the service accepts work.
    case ready
    /// `RELOADING=1` with `MONOTONIC_USEC`: the service is reloading its configuration; send `ready` when done.
    case reloading
    /// `STOPPING=1`: the service has begun shutting down.
    case stopping
    /// `WATCHDOG=1`: the keep-alive ping; send it only while the service is healthy.
    case watchdog
    /// `STATUS=…`: one line shown by `systemctl status`. Line breaks are replaced by spaces.
    case status(String)
    /// `MAINPID=…`: the main process of the service, when it is not the one that was started.
    case mainPID(Int32)
    /// `EXTEND_TIMEOUT_USEC=…`: ask for more time before the start/stop timeout fires.
    case extendTimeout(Duration)

    /// The `KEY=value` lines of this state; `monotonicNow` is the `CLOCK_MONOTONIC` time in microseconds.
    func lines(monotonicNow: UInt64) -> [String] {
        switch self {
        case .ready: ["READY=1"]
        case .reloading: ["RELOADING=1", "MONOTONIC_USEC=\(monotonicNow)"]
        case .stopping: ["STOPPING=1"]
        case .watchdog: ["WATCHDOG=1"]
        case .status(let text): ["STATUS=\(Self.singleLine(text))"]
        case .mainPID(let pid): ["MAINPID=\(pid)"]
        case .extendTimeout(let duration): ["EXTEND_TIMEOUT_USEC=\(duration.wholeMicroseconds)"]
        }
    }

    /// The message `sd_notify` sends for `states`, one assignment a line.
    static func message(_ states: [NotifyState], monotonicNow: UInt64) -> String {
        states.flatMap { $0.lines(monotonicNow: monotonicNow) }.joined(separator: "\n")
    }

    /// `text` on one line: control characters (newlines, NUL, tabs…) become spaces.
    static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}

extension Duration {
    /// This duration in whole microseconds, rounded down, never negative.
    var wholeMicroseconds: UInt64 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        return UInt64(seconds) * 1_000_000 + UInt64(attoseconds / 1_000_000_000_000)
    }
}
