import Glibc

@testable import SystemdKit

/// What a socket-activated child process found, as text a parent test compares: one line per
/// socket taken, whether the `LISTEN_*` variables are gone, and how the listeners sorted them.
enum ActivationReport {
    static func make() -> String {
        let sockets: [ActivatedSocket]
        do {
            sockets = try SocketActivation.takeSockets()
        } catch {
            return "error: \(error)\n"
        }
        var lines = sockets.map { socket in
            let closeOnExec = fcntl(socket.fileDescriptor, F_GETFD) & FD_CLOEXEC != 0
            return "fd=\(socket.fileDescriptor) name=\(socket.name) kind=\(socket.kind) cloexec=\(closeOnExec)"
        }
        let variables = (["LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES"] as [String]).filter { getenv($0) != nil }
        lines.append("listen-env=" + (variables.isEmpty ? "cleared" : "set"))
        do {
            let listeners = try ActivatedListeners(sockets)
            lines.append("tcp=\(listeners.tcp.map(\.fileDescriptor)) unix=\(listeners.unix.map(\.fileDescriptor))")
        } catch {
            lines.append("refused: \(error)")
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
