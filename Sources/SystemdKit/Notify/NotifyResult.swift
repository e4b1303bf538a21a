/// What became of an `sd_notify` message. The service goes on in every case: a service manager
/// that went away must never take the daemon down with it.
public enum NotifyResult: Sendable, Equatable, CustomStringConvertible {
    /// The message was handed to the service manager.
    case sent
    /// `NOTIFY_SOCKET` is not set (not started by systemd, or not `Type=notify`): nothing was sent.
    case notConfigured
    /// Sending failed with this `errno` (for example the socket is gone).
    case failed(errno: Int32)

    public var description: String {
        switch self {
        case .sent: "sent"
        case .notConfigured: "not configured (NOTIFY_SOCKET unset)"
        case .failed(let code): "failed (errno \(code))"
        }
    }
}
