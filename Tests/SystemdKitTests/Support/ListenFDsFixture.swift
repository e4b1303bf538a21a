import Glibc

/// Puts sockets where systemd puts them (fd 3, 4, …) with the `LISTEN_*` variables set, runs a
/// body, then puts back whatever the process had at those descriptors. Only for a child process
/// of its own (an exit test): nothing else may use those descriptors meanwhile, not even the
/// test library, so the body must record no issues; it returns what it saw instead.
///
/// A socket may already sit at one of the target descriptors (the kernel hands out the lowest
/// free one, and what is free in a child process varies), so every socket is first copied above
/// the targets: placing one never overwrites another that is still to be placed.
enum ListenFDsFixture {
    static func run<T>(sockets: [CInt], names: [String]?, listenPID: pid_t = getpid(), _ body: () -> T) -> T {
        let targets = sockets.indices.map { 3 + CInt($0) }
        let saved = targets.map { (fd: fcntl($0, F_DUPFD_CLOEXEC, 100), flags: fcntl($0, F_GETFD)) }
        let parked = sockets.map { fcntl($0, F_DUPFD_CLOEXEC, 100) }
        for (socket, target) in zip(parked, targets) {
            dup2(socket, target)
            close(socket)
        }
        setenv("LISTEN_FDS", "\(sockets.count)", 1)
        setenv("LISTEN_PID", "\(listenPID)", 1)
        if let names { setenv("LISTEN_FDNAMES", names.joined(separator: ":"), 1) }
        defer {
            for (original, target) in zip(saved, targets) {
                if original.fd >= 0 {
                    dup2(original.fd, target)
                    _ = fcntl(target, F_SETFD, original.flags)
                    close(original.fd)
                } else {
                    close(target)
                }
            }
        }
        return body()
    }

    /// Whether any `LISTEN_*` variable is still set.
    static var environmentIsSet: Bool {
        (["LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES"] as [String]).contains { getenv($0) != nil }
    }

    static func isCloseOnExec(_ fd: CInt) -> Bool {
        fcntl(fd, F_GETFD) & FD_CLOEXEC != 0
    }
}
