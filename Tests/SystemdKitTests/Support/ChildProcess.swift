import Glibc

/// A process the tests start, with its output discarded.
struct ChildProcess {
    let pid: pid_t

    static func spawn(_ arguments: [String]) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        guard code == 0 else { throw TestSockets.Failure("posix_spawn \(arguments[0])") }
        return ChildProcess(pid: pid)
    }

    /// Waits at most `seconds` for the process to end, then kills it; its wait status.
    func waitOrKill(seconds: Int) -> CInt {
        var status: CInt = 0
        for _ in 0..<(seconds * 20) {
            if waitpid(pid, &status, WNOHANG) == pid { return status }
            usleep(50_000)
        }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// The path of the running executable (this test binary).
    static func currentExecutable() -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX))
        let count = readlink("/proc/self/exe", &buffer, buffer.count)
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : CommandLine.arguments[0]
    }

    /// Runs `attempt` until it succeeds, every 50 ms, for at most `seconds`: for a socket that
    /// a child process is about to create.
    static func retrying<T>(seconds: Int, _ attempt: () throws -> T) throws -> T {
        for _ in 1..<(seconds * 20) {
            if let value = try? attempt() { return value }
            usleep(50_000)
        }
        return try attempt()
    }
}
