import Glibc
import NIOPosix
import Testing

@testable import queue_bench

/// A SIGHUP that comes before READY must not end the server (its default action): `serve`
/// blocks it from its start (the signal thread takes it) and reloads once ready. Against the built `queue-server` next to
/// the test binary (`swift build --build-tests` builds it); skipped when it is missing.
/// Deterministic: the signal is sent once the server has blocked it (SigBlk in /proc), not
/// after a guessed delay.
@Suite(.serialized, .enabled(if: access(BuiltServer.path, X_OK) == 0))
struct HangUpBeforeReadyTests {
    static let server = BuiltServer.path

    @Test func aHangUpBeforeReadyIsReloadedOnceReadyAndLaterOnesStillReload() async throws {
        let directory = try SystemFiles.makeTemporaryDirectory(prefix: "bench-test")
        defer { SystemFiles.removeTree(directory) }
        let port = try FreePort.pick()
        let site = BenchSite(listen: ["127.0.0.1:\(port)"], database: directory + "/queue.db", tokensFile: directory + "/tokens")
        try SystemFiles.write(site.toml, to: directory + "/site.toml")
        try SystemFiles.write(BenchTokens.file, to: directory + "/tokens")
        let notify = try NotifyListener(path: directory + "/notify.sock")
        var environment = ChildProcess.currentEnvironment()
        for name in ["LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM"] {
            environment[name] = nil
        }
        environment["NOTIFY_SOCKET"] = notify.path
        let log = directory + "/server.log"
        // Used from one thread at a time: here, or in the thread pool while this test waits.
        nonisolated(unsafe) let child = try ChildProcess(
            path: Self.server, arguments: ["--config", directory + "/site.toml", "--log-target", "stderr"],
            environment: environment, logPath: log)
        defer { if child.isRunning { child.signal(SIGKILL); child.wait() } }

        var ready = false
        func lookForReady() {
            while !ready, let datagram = notify.receive(milliseconds: 0) {
                if datagram.split(separator: "\n").contains("READY=1") { ready = true }
            }
        }
        let deadline = MonotonicClock.now() + 60_000_000_000
        while !Self.blocksHangUp(child.pid) {
            try #require(child.isRunning, "the server exited before blocking SIGHUP:\n\(SystemFiles.read(log) ?? "")")
            try #require(MonotonicClock.now() < deadline, "the server never blocked SIGHUP")
            try await Task.sleep(for: .microseconds(200))
        }
        lookForReady()
        let sentBeforeReady = !ready
        child.signal(SIGHUP)
        while !ready && MonotonicClock.now() < deadline {
            try #require(child.isRunning, "SIGHUP before READY ended the server:\n\(SystemFiles.read(log) ?? "")")
            try await Task.sleep(for: .milliseconds(20))
            lookForReady()
        }
        #expect(ready)
        let early = "a SIGHUP came before READY: reloading the configuration now that the server is ready"
        let late = "SIGHUP: reloading the configuration"
        // Sent before READY it is reloaded once ready; if READY won the race, as any SIGHUP.
        let firstReload = await Self.waitForLine(sentBeforeReady ? early : late, count: 1, in: log)
        #expect(firstReload)
        #expect(child.isRunning)

        // Once ready, a SIGHUP goes straight to the daemon's reload.
        child.signal(SIGHUP)
        let laterReload = await Self.waitForLine(late, count: sentBeforeReady ? 1 : 2, in: log)
        #expect(laterReload, "\(SystemFiles.read(log) ?? "")")
        #expect(child.isRunning)
        try await NIOThreadPool.singleton.runIfActive { child.stop() }
        #expect(child.exitStatus == 0)
    }

    /// Whether the server's main thread blocks SIGHUP (bit 0 of SigBlk in /proc/PID/status),
    /// which every later thread inherits.
    static func blocksHangUp(_ pid: pid_t) -> Bool {
        guard let status = SystemFiles.read("/proc/\(pid)/status"),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigBlk:") }),
            let mask = UInt64(line.dropFirst("SigBlk:".count).trimmingPrefix { $0 == " " || $0 == "\t" }, radix: 16)
        else { return false }
        return mask & 1 == 1
    }

    /// Waits (at most 30 s) until `line` appears `count` times in the log. Every wait here
    /// sleeps as a task: blocking one of the test runner's few threads stalls the other tests.
    static func waitForLine(_ line: String, count: Int, in log: String) async -> Bool {
        let deadline = MonotonicClock.now() + 30_000_000_000
        while MonotonicClock.now() < deadline {
            let text = SystemFiles.read(log) ?? ""
            if text.split(separator: "\n").filter({ $0.hasSuffix(line) }).count >= count { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }
}

/// The `queue-server` built next to this test binary.
enum BuiltServer {
    static let path = ServerOptions.besideThisExecutable("queue-server")
}
