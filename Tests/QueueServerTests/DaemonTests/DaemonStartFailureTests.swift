import Logging
import SiteConfig
import SystemdKit
import Testing

@testable import QueueServer

/// A daemon that cannot start says why once, at critical, in words an admin can act on, and
/// never tells systemd it is ready.
@Suite struct DaemonStartFailureTests {
    /// Runs a daemon on `listen` with `openBackend`; what it threw, logged and notified.
    func start(
        listen: [ListenAddress], openBackend: @escaping @Sendable () throws -> any DaemonBackend
    ) async throws -> (error: (any Error)?, logs: [String], notified: [NotifyState]) {
        let directory = try AuthFixtures.temporaryDirectory()
        defer { AuthFixtures.removeDirectory(directory) }
        var options = QueueDaemon.Options(
            site: TestSite.file(directory: directory, limits: TestSite.limits()), configPath: nil, tokens: try AuthFixtures.store())
        options.listen = listen
        options.eventLoopThreads = 1
        let logs = CapturedLogs()
        let notifications = QueueDaemonTests.Notifications()
        let daemon = QueueDaemon(
            options: options, clock: { TestSite.now }, logger: logs.logger, notify: { notifications.record($0) },
            openBackend: openBackend)
        do {
            try await daemon.run()
            return (nil, logs.all, notifications.all)
        } catch {
            return (error, logs.all, notifications.all)
        }
    }

    @Test func anAddressInUseIsNamedWithWhatToDo() async throws {
        let other = try await TestServer()
        let port = try #require(other.tcpAddress.port)
        let backend = FakeBackend(configuration: TestSite.configuration, clock: { TestSite.now })
        let outcome = try await start(listen: [.tcp(host: "127.0.0.1", port: port)]) { backend }
        await other.stop()
        let failure = try #require(outcome.error as? DaemonStartFailure)
        #expect(failure.description.hasPrefix("cannot listen: 127.0.0.1:\(port): Address already in use (errno 98); another program"))
        #expect(outcome.logs.filter { $0.hasPrefix("critical") } == ["critical \(failure.description)"])
        #expect(!outcome.notified.contains(.ready))
        #expect(await backend.health().isHealthy == false)  // shut down
    }

    @Test func aStoreThatWillNotOpenIsReportedInTheStoresWords() async throws {
        let message = "queue database /var/lib/queue-server/queue.db: cannot open the database: the file cannot be opened or created"
        let outcome = try await start(listen: [.tcp(host: "127.0.0.1", port: 0)]) {
            throw BackendFailure.storageFailed(message)
        }
        let failure = try #require(outcome.error as? DaemonStartFailure)
        #expect(failure.description == "cannot open the queue: " + message)
        #expect(outcome.logs.filter { $0.hasPrefix("critical") } == ["critical cannot open the queue: " + message])
        #expect(outcome.notified.isEmpty)
    }
}
