/// The bounds that keep one misbehaving client from hurting the others. Beyond one, a client
/// gets `RESOURCE_EXHAUSTED` (or is disconnected, for timeouts) and everyone else carries on.
public struct ServerLimits: Sendable, Hashable {
    /// Connections open at once; one more is refused.
    public var maxConnections: Int
    /// The largest frame, in bytes, either side may send (announced in WELCOME).
    public var maxFrameLength: Int
    /// Calls open at once on one connection (announced in WELCOME).
    public var maxConcurrentCallsPerConnection: Int
    /// A connection silent this long is closed (clients PING to stay).
    public var idleTimeoutSeconds: Int
    /// A frame started but not finished within this many seconds closes the connection (slowloris).
    public var partialFrameTimeoutSeconds: Int
    /// Time from connecting to a complete HELLO.
    public var handshakeTimeoutSeconds: Int
    /// On stop, how long in-flight calls get to finish after GOAWAY.
    public var drainTimeoutSeconds: Int
    /// Events queued for one slow subscriber before it is dropped (it resumes from its sequence number).
    public var subscriberBufferEvents: Int
    /// Invalid tokens from one peer within a minute before it is locked out.
    public var authFailuresBeforeLockout: Int
    /// The first lockout; each further one doubles, up to 15 minutes.
    public var authLockoutSeconds: Int

    public init(
        maxConnections: Int = 2048, maxFrameLength: Int = 65536, maxConcurrentCallsPerConnection: Int = 32,
        idleTimeoutSeconds: Int = 300, partialFrameTimeoutSeconds: Int = 10, handshakeTimeoutSeconds: Int = 10,
        drainTimeoutSeconds: Int = 5, subscriberBufferEvents: Int = 4096, authFailuresBeforeLockout: Int = 5,
        authLockoutSeconds: Int = 30
    ) {
        self.maxConnections = maxConnections
        self.maxFrameLength = maxFrameLength
        self.maxConcurrentCallsPerConnection = maxConcurrentCallsPerConnection
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.partialFrameTimeoutSeconds = partialFrameTimeoutSeconds
        self.handshakeTimeoutSeconds = handshakeTimeoutSeconds
        self.drainTimeoutSeconds = drainTimeoutSeconds
        self.subscriberBufferEvents = subscriberBufferEvents
        self.authFailuresBeforeLockout = authFailuresBeforeLockout
        self.authLockoutSeconds = authLockoutSeconds
    }

    /// The keys of `[limits]`, the accepted range of each and the field it sets.
    static var fields: [(key: String, range: ClosedRange<Int>, path: WritableKeyPath<ServerLimits, Int>)] {
        [
        ("max_connections", 1...1_000_000, \.maxConnections),
        ("max_frame_length", 1024...16 << 20, \.maxFrameLength),
        ("max_calls_per_connection", 1...1024, \.maxConcurrentCallsPerConnection),
        ("idle_timeout_seconds", 5...86_400, \.idleTimeoutSeconds),
        ("partial_frame_timeout_seconds", 1...600, \.partialFrameTimeoutSeconds),
        ("handshake_timeout_seconds", 1...600, \.handshakeTimeoutSeconds),
        ("drain_timeout_seconds", 1...300, \.drainTimeoutSeconds),
        ("subscriber_buffer_events", 16...1_000_000, \.subscriberBufferEvents),
        ("auth_failures_before_lockout", 1...1000, \.authFailuresBeforeLockout),
            ("auth_lockout_seconds", 1...86_400, \.authLockoutSeconds),
        ]
    }
}
