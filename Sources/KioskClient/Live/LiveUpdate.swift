import QueueCore
import WireProtocol

/// What a `LiveQueue` tells its screen.
public enum LiveUpdate: Sendable {
    /// A fresh picture: after the first connection, or after the server could not resume
    /// (`cannotResume`). Replace everything shown with it.
    case synced(SiteInfo, QueueStatus)
    /// Reconnected and resumed from the last event seen: what is shown is still right.
    case resumed(SiteInfo)
    /// One change, in order, none missed, none twice.
    case event(QueueEvent)
    /// The connection is down; reconnecting in `retryIn`.
    case disconnected(ClientError, retryIn: Duration)
}
