import WireProtocol

/// How a client introduces itself and how long it waits: the token (decides the role), a name
/// for the server's logs, and timeouts.
public struct ClientConfiguration: Sendable {
    /// The device token; empty for a local admin on the server's own machine.
    public var token: String
    /// For the server's logs: `kiosk-entrance`, `desk room-2`.
    public var clientName: String
    /// Refuse the connection unless the server grants this role (nil: any role).
    public var requiredRole: Role?
    /// How long to wait for the TCP or Unix connection and then for WELCOME.
    public var connectTimeout: Duration
    /// The deadline sent with each unary call (the server drops it, unexecuted, once passed).
    public var callTimeout: Duration
    /// The longest silence before a PING when the server does not ask for less.
    public var pingInterval: Duration

    public init(
        token: String = "", clientName: String = "queuectl", requiredRole: Role? = nil,
        connectTimeout: Duration = .seconds(5), callTimeout: Duration = .seconds(10), pingInterval: Duration = .seconds(20)
    ) {
        self.token = token
        self.clientName = clientName
        self.requiredRole = requiredRole
        self.connectTimeout = connectTimeout
        self.callTimeout = callTimeout
        self.pingInterval = pingInterval
    }
}

extension Duration {
    /// Whole milliseconds, clamped to what a frame header holds.
    var wholeMilliseconds: UInt32 {
        let (seconds, attoseconds) = components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return UInt32(clamping: max(0, milliseconds))
    }
}
