import Glibc

/// A real `queue-server` process for one run: its own temp directory (database, site file,
/// tokens file, log, notify socket), a free loopback port, and start, kill and stop.
final class ServerUnderTest {
    let directory: String
    let site: BenchSite
    let endpoint: ServerEndpoint
    let options: ServerOptions
    private let notify: NotifyListener
    private(set) var process: ChildProcess?
    /// Every start's time to READY=1, in seconds.
    private(set) var startTimes: [Double] = []

    var configPath: String { directory + "/site.toml" }
    var logPath: String { directory + "/server.log" }
    var databasePath: String { directory + "/queue.db" }

    /// Prepares the directory and files; `configure` may change the site (limits, desks).
    init(options: ServerOptions, configure: (inout BenchSite) -> Void = { _ in }) throws {
        self.options = options
        directory = try SystemFiles.makeTemporaryDirectory()
        let port = try FreePort.pick()
        endpoint = ServerEndpoint(host: "127.0.0.1", port: port)
        var site = BenchSite(listen: ["127.0.0.1:\(port)"], database: directory + "/queue.db", tokensFile: directory + "/tokens")
        configure(&site)
        self.site = site
        try SystemFiles.write(site.toml, to: directory + "/site.toml")
        try SystemFiles.write(BenchTokens.file, to: directory + "/tokens")
        notify = try NotifyListener(path: directory + "/notify.sock")
    }

    deinit {
        if let process, process.isRunning { process.signal(SIGKILL); process.wait() }
        if !options.keepFiles { SystemFiles.removeTree(directory) }
    }

    var pid: Int32? { process?.pid }
    var memory: ProcessMemory? { process.flatMap { ProcessMemory(pid: $0.pid) } }

    /// Starts the server and waits for its READY=1; returns the seconds from spawn to READY.
    @discardableResult
    func start(timeout: Duration = .seconds(120)) throws -> Double {
        precondition(process?.isRunning != true, "the server is already running")
        notify.drain()
        var environment = ChildProcess.currentEnvironment()
        for name in ["LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM",
                     "INVOCATION_ID", "RUNTIME_DIRECTORY", "STATE_DIRECTORY", "CREDENTIALS_DIRECTORY"] {
            environment[name] = nil
        }
        environment["NOTIFY_SOCKET"] = notify.path
        let arguments = options.serverArguments.map { $0.replacing("{config}", with: configPath) }
        let started = MonotonicClock.now()
        let child = try ChildProcess(path: options.serverBinary, arguments: arguments, environment: environment, logPath: logPath)
        process = child
        let deadline = started + UInt64(timeout.milliseconds * 1e6)
        while MonotonicClock.now() < deadline {
            if let datagram = notify.receive(milliseconds: 20) {
                if datagram.split(separator: "\n").contains("READY=1") {
                    let seconds = MonotonicClock.seconds(since: started)
                    startTimes.append(seconds)
                    return seconds
                }
                continue
            }
            guard child.isRunning else {
                throw BenchError("queue-server exited before READY=1 (status \(child.exitStatus ?? -1)); log:\n\(logTail())")
            }
        }
        child.signal(SIGKILL)
        child.wait()
        throw BenchError("queue-server sent no READY=1 within \(timeout); log:\n\(logTail())")
    }

    /// SIGKILL: no drain, no snapshot, no goodbye; like a power cut for the process.
    func kill() {
        guard let process else { return }
        process.signal(SIGKILL)
        process.wait()
    }

    /// SIGTERM and the graceful drain.
    func stop() {
        process?.stop()
    }

    /// The last lines the server logged, for error messages.
    func logTail(lines: Int = 30) -> String {
        let text = SystemFiles.read(logPath) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }
}
