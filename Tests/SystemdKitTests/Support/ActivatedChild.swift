import Glibc

/// Starts this test binary in its child mode as systemd starts a socket-activated service: the
/// sockets at fd 3, 4, … from the first instruction, and `LISTEN_FDS`, `LISTEN_PID` (the
/// child's own, set by a shell that then execs it) and `LISTEN_FDNAMES`. The child writes what
/// it took (an `ActivationReport`) to a file; `run` returns that text.
///
/// A fresh process is the only sound place for this: in a running test process fds 3 to 5 are
/// libdispatch's epoll, eventfd and timerfd, and other threads open and close files (such as
/// /proc/self/maps) at the lowest free descriptor. Swapping sockets in there broke one run in
/// about fifty, by chance.
enum ActivatedChild {
    static let reportVariable = "SYSTEMDKIT_ACTIVATION_REPORT"
    static let childModeTest = "childModeReportsTheActivatedSockets"

    /// Whose pid `LISTEN_PID` names: the child's, or this process's (sockets meant for another).
    enum ListenPID { case child, parent }

    static func run(sockets: [CInt], names: [String]?, listenPID: ListenPID = .child) async throws -> String {
        let directory = try TestSockets.temporaryDirectory()
        defer { TestSockets.removeDirectory(directory) }
        let reportPath = directory + "/report"
        let test = [ChildProcess.currentExecutable(), "--testing-library", "swift-testing", "--filter", childModeTest]
        let arguments = listenPID == .parent ? test : ["/bin/sh", "-c", "export LISTEN_PID=$$; exec \"$0\" \"$@\""] + test
        var environment = currentEnvironment().filter { !$0.hasPrefix("LISTEN_") }
        environment += ["LISTEN_FDS=\(sockets.count)", "\(reportVariable)=\(reportPath)"]
        if listenPID == .parent { environment.append("LISTEN_PID=\(getpid())") }
        if let names { environment.append("LISTEN_FDNAMES=" + names.joined(separator: ":")) }
        let status = try await ChildProcess.spawn(arguments, environment: environment, descriptors: sockets).waitOrKill(seconds: 120)
        return TestSockets.readFile(reportPath) ?? "no report (wait status \(status))"
    }

    private static func currentEnvironment() -> [String] {
        var variables: [String] = []
        var entry = environ
        while let variable = entry.pointee {
            variables.append(String(cString: variable))
            entry += 1
        }
        return variables
    }
}
