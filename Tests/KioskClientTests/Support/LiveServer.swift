import Logging
import KioskClient
import NIOPosix
import QueueCore
import QueueServer
import SiteConfig
import SystemdKit

/// A real queue server in this process: the `QueueWriter` over SQLite in a fresh directory,
/// listening on an ephemeral TCP port and a Unix socket, with one token per role. `restart()`
/// stops everything and starts again on the same database and Unix socket (a new TCP port), as
/// a server restart does.
final class LiveServer: @unchecked Sendable {
    static let kioskToken = "kiosk-token-0123456789"
    static let displayToken = "display-token-0123456789"
    static let deskToken = "desk-token-0123456789ab"
    static let adminToken = "admin-token-0123456789"
    static let tokens = """
        kiosk   kiosk-hall  \(kioskToken)
        display board-hall  \(displayToken)
        desk    room-2      \(deskToken)
        admin   volunteer   \(adminToken)
        """

    let directory: String
    let configuration: SiteConfiguration
    private var running: (writer: QueueWriter, listeners: ListenerSet, context: ServerContext, group: MultiThreadedEventLoopGroup)?
    private var port = 0

    init(configuration: SiteConfiguration = LiveServer.site) async throws {
        directory = Fixtures.temporaryDirectory()
        self.configuration = configuration
        try await start()
    }

    static var site: SiteConfiguration {
        var site = Fixtures.configuration
        site.timeZone = .utc
        return site
    }

    var unixPath: String { directory + "/queue.sock" }
    var tcp: Endpoint { .tcp(host: "127.0.0.1", port: port) }
    var unix: Endpoint { .unix(path: unixPath) }

    func start() async throws {
        var logger = Logger(label: "test-server")
        logger.logLevel = .critical
        let settings = ServerSettings(
            listen: [.tcp(host: "127.0.0.1", port: 0), .unix(path: unixPath)], databasePath: directory + "/queue.db",
            limits: ServerLimits(drainTimeoutSeconds: 2))
        let site = SiteFile(site: configuration, server: settings, source: "test")
        let writer = try QueueWriter.open(
            databasePath: settings.databasePath, configuration: configuration, retentionDays: nil, logger: logger)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let context = ServerContext(
            backend: writer, site: site, configPath: nil,
            authenticator: Authenticator(
                policy: AuthPolicy(tokens: try TokenStore(parsing: Self.tokens), serviceUID: 4_000_000), logger: logger),
            clock: SystemClock.now, logger: logger, databasePath: settings.databasePath)
        let listeners = ListenerSet(server: context, group: group)
        let bound = try await listeners.start(addresses: settings.listen, activated: try ActivatedListeners([]))
        if let tcp = bound.first(where: { $0.kind == .tcp }) { port = tcp.localAddress?.port ?? 0 }
        running = (writer, listeners, context, group)
    }

    func stop() async {
        guard let running else { return }
        self.running = nil
        await running.listeners.close()
        await running.writer.shutdown()
        try? await running.group.shutdownGracefully()
    }

    func restart() async throws {
        await stop()
        try await start()
    }

    func finish() async {
        await stop()
        Fixtures.remove(directory)
    }

    static func client(_ endpoint: Endpoint, token: String = deskToken, name: String = "test") async throws -> QueueClient {
        try await QueueClient.connect(to: endpoint, configuration: ClientConfiguration(token: token, clientName: name))
    }
}
