import Logging
import ServiceLifecycle
import Synchronization
import SystemdKit
import Testing

@testable import QueueServer

/// The daemon's life as systemd sees it: READY once listening, STATUS, WATCHDOG while
/// healthy, STOPPING at shutdown, then the backend stopped.
@Suite struct QueueDaemonTests {
    final class Notifications: Sendable {
        private let states = Mutex<[NotifyState]>([])
        var all: [NotifyState] { states.withLock { $0 } }
        func record(_ new: [NotifyState]) { states.withLock { $0 += new } }
    }

    @Test func tellsSystemdReadyWatchdogAndStoppingInOrder() async throws {
        let directory = try AuthFixtures.temporaryDirectory()
        defer { AuthFixtures.removeDirectory(directory) }
        let site = TestSite.file(directory: directory, limits: TestSite.limits())
        var options = QueueDaemon.Options(site: site, configPath: nil, tokens: try AuthFixtures.store())
        options.watchdog = WatchdogSchedule(timeout: .milliseconds(100))
        options.eventLoopThreads = 1
        let now = TestSite.now
        let backend = FakeBackend(configuration: TestSite.configuration, clock: { now })
        let notifications = Notifications()
        let logger = CapturedLogs().logger
        let daemon = QueueDaemon(options: options, clock: { now }, logger: logger, notify: { notifications.record($0) }) {
            backend
        }
        let group = ServiceGroup(services: [daemon], logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            while !notifications.all.contains(.watchdog) { try await Task.sleep(for: .milliseconds(10)) }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        let states = notifications.all
        let ready = try #require(states.firstIndex(of: .ready))
        let watchdog = try #require(states.firstIndex(of: .watchdog))
        let stopping = try #require(states.firstIndex(of: .stopping))
        #expect(ready < watchdog)
        #expect(watchdog < stopping)
        let statusLines = states.compactMap { state -> String? in
            if case .status(let text) = state { return text }
            return nil
        }
        #expect(statusLines.first?.contains("waiting medical 0, social 0") == true)
        #expect(await backend.health().isHealthy == false)
    }
}
