/// Why the sockets systemd passed cannot be used.
public enum SocketActivationError: Error, Equatable, CustomStringConvertible {
    /// `LISTEN_FDS`/`LISTEN_PID`/`LISTEN_FDNAMES` are malformed.
    case invalidEnvironment(errno: Int32)
    /// A passed socket is not a TCP or Unix listening stream socket, or its name says the other kind.
    case unexpectedSocket(ActivatedSocket)

    public var description: String {
        switch self {
        case .invalidEnvironment(let code):
            "socket activation: LISTEN_FDS/LISTEN_PID/LISTEN_FDNAMES are malformed (errno \(code))"
        case .unexpectedSocket(let socket):
            "socket activation: \(socket) is not what the service can listen on; use ListenStream= "
                + "with a port for '\(ActivatedListeners.tcpName)' and a path for '\(ActivatedListeners.unixName)'"
        }
    }
}
