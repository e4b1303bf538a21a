import CSystemd
import Glibc

/// Tells systemd about the service's life: ready, reloading, stopping, watchdog pings, status
/// lines. Does nothing when the process was not started with a notification socket.
///
/// ```swift
/// let notifier = SystemdNotifier()
/// notifier.send(.ready, .status("serving 3 desks"))
/// ```
public struct SystemdNotifier: Sendable {
    public init() {}

    /// Whether a service manager listens (`NOTIFY_SOCKET` is set).
    public var isConfigured: Bool { getenv("NOTIFY_SOCKET") != nil }

    /// Sends `states` in one message.
    @discardableResult
    public func send(_ states: NotifyState...) -> NotifyResult {
        send(states)
    }

    /// Sends `states` in one message.
    @discardableResult
    public func send(_ states: [NotifyState]) -> NotifyResult {
        let message = NotifyState.message(states, monotonicNow: Self.monotonicMicroseconds())
        let code = sd_notify(0, message)
        if code > 0 { return .sent }
        if code == 0 { return .notConfigured }
        return .failed(errno: -code)
    }

    /// `CLOCK_MONOTONIC` in microseconds, the clock systemd compares `MONOTONIC_USEC` with.
    static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }
}
