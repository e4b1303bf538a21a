import Logging
import NIOCore
import NIOPosix
import QueueCore
import SiteConfig
import SystemdKit

@testable import QueueServer

/// A real server on an ephemeral TCP port and a Unix socket in a fresh directory, over a
/// `FakeBackend`. `stop()` removes everything.
final class TestServer: Sendable {
    let directory: String
    let backend: FakeBackend
    let context: ServerContext
    let listeners: ListenerSet
    let group: MultiThreadedEventLoopGroup
    let logs = CapturedLogs()

    /// With `listen` false nothing is bound: the test starts the listeners itself.
    init(
        limits: ServerLimits = TestSite.limits(), tokens: TokenStore? = nil, configPath: String? = nil, listen: Bool = true
    ) async throws {
        directory = try AuthFixtures.temporaryDirectory()
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let now = TestSite.now
        backend = FakeBackend(configuration: TestSite.configuration, clock: { now })
        let site = TestSite.file(directory: directory, limits: limits)
        let logger = logs.logger
        context = ServerContext(
            backend: backend, site: site, configPath: configPath,
            authenticator: Authenticator(
                policy: AuthPolicy(tokens: try tokens ?? AuthFixtures.store(), serviceUID: 4_000_000), logger: logger),
            clock: { now }, logger: logger, databasePath: site.server.databasePath)
        listeners = ListenerSet(server: context, group: group)
        if listen { _ = try await listeners.start(addresses: site.server.listen, activated: try ActivatedListeners([])) }
    }

    var tcpAddress: SocketAddress {
        listeners.listeners.first { $0.kind == .tcp }!.localAddress!
    }

    var unixPath: String { directory + "/queue.sock" }

    func connect() async throws -> TestClient {
        try await TestClient.connect(to: tcpAddress, group: group)
    }

    func connectUnix() async throws -> TestClient {
        try await TestClient.connect(to: try SocketAddress(unixDomainSocketPath: unixPath), group: group)
    }

    /// A client past the handshake with `token`.
    func client(token: String = AuthFixtures.deskToken) async throws -> TestClient {
        let client = try await connect()
        try await client.handshake(token: token)
        return client
    }

    func stop() async {
        await listeners.close()
        context.registry.closeAll()
        _ = await context.registry.waitUntilEmpty(timeout: .seconds(10))
        await backend.shutdown()
        try? await group.shutdownGracefully()
        AuthFixtures.removeDirectory(directory)
    }
}
