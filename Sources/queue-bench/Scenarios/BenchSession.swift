import NIOCore
import NIOPosix
import WireProtocol

/// What every scenario shares: the client event loops and how to start servers and connect.
final class BenchSession: Sendable {
    let group: MultiThreadedEventLoopGroup
    let options: ServerOptions
    /// Printed as the bench goes (to stderr, so `--json` stays clean on stdout).
    let progress: @Sendable (String) -> Void

    init(options: ServerOptions, threads: Int = 2, progress: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        self.progress = progress
    }

    func shutdown() async {
        try? await group.shutdownGracefully()
    }

    /// A new server (not started) with the bench's site, changed by `configure`.
    func server(configure: (inout BenchSite) -> Void = { _ in }) throws -> ServerUnderTest {
        try ServerUnderTest(options: options, configure: configure)
    }

    /// `count` connections with `token`, opened a few at a time.
    func connect(_ count: Int, to server: ServerUnderTest, token: String, name: String) async throws -> [FrameClient] {
        var clients: [FrameClient] = []
        clients.reserveCapacity(count)
        var next = 0
        let endpoint = server.endpoint
        let group = group
        while next < count {
            let batch = min(64, count - next)
            try await withThrowingTaskGroup(of: FrameClient.self) { tasks in
                for index in next..<(next + batch) {
                    tasks.addTask {
                        try await FrameClient.connect(to: endpoint, token: token, name: "\(name)-\(index)", group: group)
                    }
                }
                for try await client in tasks { clients.append(client) }
            }
            next += batch
        }
        return clients
    }

    func connect(to server: ServerUnderTest, token: String, name: String) async throws -> FrameClient {
        try await FrameClient.connect(to: server.endpoint, token: token, name: name, group: group)
    }

    func connect(to endpoint: ServerEndpoint, token: String, name: String) async throws -> FrameClient {
        try await FrameClient.connect(to: endpoint, token: token, name: name, group: group)
    }

    static func close(_ clients: [FrameClient]) async {
        for client in clients { await client.close() }
    }

    /// Takes `count` tickets spread over the site's services, `clients` at a time.
    func fill(_ server: ServerUnderTest, tickets count: Int, clients: Int = 32, tag: String = "fill") async throws {
        let kiosks = try await connect(min(clients, max(1, count)), to: server, token: BenchTokens.kiosk, name: tag)
        let services = server.site.services.map(\.id)
        let perClient = (count + kiosks.count - 1) / kiosks.count
        let outcome = try await ClosedLoop.run(clients: kiosks, duration: nil, quota: perClient) { client, index in
            let request = Requests.takeTicket(service: services[(client + index) % services.count], key: "\(tag)-\(client)-\(index)")
            return kiosks[client].start(.takeTicket, request)
        }
        await Self.close(kiosks)
        guard outcome.failures == 0 else { throw BenchError("filling the queue: \(outcome.firstFailure ?? "?")") }
    }

    /// Opens every desk of the site.
    func openDesks(_ server: ServerUnderTest, with client: FrameClient) async throws {
        for desk in server.site.desks {
            let result = try await client.call(.openDesk, Requests.openDesk(desk.id))
            // Already open is fine; anything else is reported by the calls that follow.
            _ = result
        }
    }
}
