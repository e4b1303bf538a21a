import Logging
import QueueCore
import SiteConfig
import Synchronization

/// What every connection of one server shares: the backend, authentication, the limits, the
/// site as configured now, and the counters GetServerInfo reports.
public final class ServerContext: Sendable {
    public let backend: any QueueBackend
    public let authenticator: Authenticator
    public let limits: ServerLimits
    public let clock: @Sendable () -> Timestamp
    public let logger: Logger
    /// The database file, for GetServerInfo's size (nil when there is none, as in tests).
    public let databasePath: String?
    public let startedAt: Timestamp
    /// Re-reads the site file (ReloadConfig, SIGHUP).
    public let reloader: ConfigReloader

    let registry: ConnectionRegistry
    let subscriptions = Atomic<Int>(0)
    /// The last published events, encoded once for all subscriptions.
    let encodedEvents = EncodedEvents()

    public init(
        backend: any QueueBackend, site: SiteFile, configPath: String?, authenticator: Authenticator,
        clock: @escaping @Sendable () -> Timestamp, logger: Logger, databasePath: String? = nil
    ) {
        self.backend = backend
        self.authenticator = authenticator
        self.limits = site.server.limits
        self.clock = clock
        self.logger = logger
        self.databasePath = databasePath
        self.startedAt = clock()
        self.registry = ConnectionRegistry(limit: site.server.limits.maxConnections)
        self.reloader = ConfigReloader(
            path: configPath, site: site.site, server: site.server, backend: backend, logger: logger)
    }

    /// The site as configured now.
    public var site: SiteConfiguration { reloader.current }

    /// Connections open now.
    public var connectionCount: Int { registry.count }
    /// Subscribe calls open now.
    public var subscriptionCount: Int { subscriptions.load(ordering: .relaxed) }
}
