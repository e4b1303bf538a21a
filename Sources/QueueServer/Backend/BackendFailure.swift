import QueueCore

/// Why the backend did not do what was asked. `rejected` leaves the queue unchanged; the
/// others mean nothing was acknowledged.
public enum BackendFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The queue's rules refused the command (closed, unknown ticket…).
    case rejected(QueueError)
    /// The store could not commit; the batch was rolled back in memory too.
    case storageFailed(String)
    /// The server is draining: no new work.
    case shuttingDown
    /// Events after the requested seq are no longer kept (retention).
    case cannotResume(firstAvailable: UInt64)
    /// The subscriber did not keep up; it should reconnect and resume.
    case slowSubscriber
    /// A request argument the backend itself checks (report range, backup path…).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .rejected(let error): error.description
        case .storageFailed(let message): "the queue could not be saved: \(message)"
        case .shuttingDown: "the server is shutting down"
        case .cannotResume(let first): "events before \(first) are no longer kept; read the status again"
        case .slowSubscriber: "this subscriber fell too far behind; reconnect and resume"
        case .invalidArgument(let message): message
        }
    }
}
