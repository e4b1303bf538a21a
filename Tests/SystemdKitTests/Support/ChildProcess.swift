import Glibc

/// A process the tests start, with its output discarded.
struct ChildProcess {
    let pid: pid_t

    /// Starts `arguments` with `environment` (default: this process's) and `descriptors` at
    /// fd 3, 4, … as systemd passes them: placed in the child between fork and exec, where no
    /// other thread can hold those descriptors. Each goes through a free descriptor above all
    /// of them first, so placing one never overwrites another still to be placed.
    static func spawn(_ arguments: [String], environment: [String]? = nil, descriptors: [CInt] = []) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let parking = max(100, (descriptors.max() ?? 0) + 1)
        for (index, descriptor) in descriptors.enumerated() {
            posix_spawn_file_actions_adddup2(&actions, descriptor, parking + CInt(index))
        }
        for index in descriptors.indices {
            posix_spawn_file_actions_adddup2(&actions, parking + CInt(index), 3 + CInt(index))
            posix_spawn_file_actions_addclose(&actions, parking + CInt(index))
        }
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var envp = (environment ?? []).map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let code = environment == nil
            ? posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
            : posix_spawn(&pid, arguments[0], &actions, nil, &argv, &envp)
        guard code == 0 else { throw TestSockets.Failure("posix_spawn \(arguments[0])") }
        return ChildProcess(pid: pid)
    }

    /// Waits at most `seconds` for the process to end, then kills it; its wait status. Polls
    /// with `Task.sleep`: blocking a thread of the test runner's small pool would stall every
    /// other test (and trip their idle timeouts).
    func waitOrKill(seconds: Int) async -> CInt {
        var status: CInt = 0
        for _ in 0..<(seconds * 100) {
            if waitpid(pid, &status, WNOHANG) == pid { return status }
            try? await Task.sleep(for: .milliseconds(10))
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
    static func retrying<T>(seconds: Int, _ attempt: () throws -> T) async throws -> T {
        for _ in 1..<(seconds * 20) {
            if let value = try? attempt() { return value }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return try attempt()
    }
}
