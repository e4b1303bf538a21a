import Glibc
import NIOPosix
import Testing

@testable import queue_bench

/// `queue-server` runs every Swift task and timer on its event loops (`QuietExecutors`) and
/// takes signals on a thread of its own, so libdispatch's pool, whose one-second timer would
/// wake an idle server forever, never starts: not at start, not for a command, not for the
/// sleeps that follow one (the STATUS= refresh), not for SIGHUP. Against the built server, by
/// the names of its threads (a fact, not a timing).
@Suite(.serialized, .enabled(if: access(BuiltServer.path, X_OK) == 0))
struct QuietServerTests {
    @Test func noDispatchWorkerEverStarts() async throws {
        let session = BenchSession(options: try ServerOptions.parse([]), progress: { _ in })
        // Used from one thread at a time: here, or in the thread pool while this test waits.
        nonisolated(unsafe) let server = try session.server()
        // Off the test runner's threads: starting waits for READY=1, blocking.
        _ = try await NIOThreadPool.singleton.runIfActive { try server.start() }
        let pid = try #require(server.pid)
        let kiosk = try await session.connect(to: server, token: BenchTokens.kiosk, name: "kiosk")
        let service = try #require(server.site.services.first?.id)
        let taken = try await kiosk.call(.takeTicket, Requests.takeTicket(service: service, key: "quiet-1"))
        #expect(taken.isOK)
        await kiosk.close()
        // The STATUS= line is refreshed one second after a change, from a sleeping task.
        try await Task.sleep(for: .milliseconds(1500))
        let afterCommand = ThreadNames.of(pid: pid)
        #expect(afterCommand.contains("queue-server"))
        #expect(afterCommand.filter(ThreadNames.isDispatchWorker).isEmpty, "threads: \(afterCommand)")

        kill(pid, SIGHUP)
        let reloaded = await HangUpBeforeReadyTests.waitForLine("SIGHUP: reloading the configuration", count: 1, in: server.logPath)
        #expect(reloaded)
        let afterReload = ThreadNames.of(pid: pid)
        #expect(afterReload.filter(ThreadNames.isDispatchWorker).isEmpty, "threads: \(afterReload)")
        try await NIOThreadPool.singleton.runIfActive { server.stop() }
        await session.shutdown()
    }
}
