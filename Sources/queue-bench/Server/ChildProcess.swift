import Glibc

/// A process the bench started with `posix_spawn`: its pid, and the signals and waits the
/// bench needs (SIGKILL at a random moment, SIGTERM at the end, reaping).
final class ChildProcess {
    let pid: pid_t
    private(set) var exitStatus: Int32?

    /// Starts `path` with `arguments` and exactly `environment`; stdout and stderr appended to
    /// `logPath` (or inherited), stdin from /dev/null.
    init(path: String, arguments: [String], environment: [String: String], logPath: String?) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let logPath {
            posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, nil, argv, envp)
        guard result == 0 else { throw BenchError("cannot start \(path): \(String(cString: strerror(result)))") }
        pid = child
    }

    /// Runs a command to its end and returns its exit status.
    @discardableResult
    static func run(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = try ChildProcess(path: path, arguments: arguments, environment: currentEnvironment(), logPath: nil)
        return process.wait()
    }

    /// False once the process has exited (and it is then reaped).
    var isRunning: Bool {
        guard exitStatus == nil else { return false }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid {
            exitStatus = status
            return false
        }
        return result == 0
    }

    func signal(_ signal: Int32) {
        guard exitStatus == nil else { return }
        kill(pid, signal)
    }

    /// Waits for the exit, returns the raw wait status.
    @discardableResult
    func wait() -> Int32 {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        exitStatus = status
        return status
    }

    /// SIGTERM, then SIGKILL if it is still there after `grace`.
    func stop(grace: Duration = .seconds(10)) {
        signal(SIGTERM)
        let deadline = MonotonicClock.now() + UInt64(grace.milliseconds * 1e6)
        while isRunning && MonotonicClock.now() < deadline { usleep(5_000) }
        if isRunning { signal(SIGKILL) }
        wait()
    }

    static func currentEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return environment
    }
}
