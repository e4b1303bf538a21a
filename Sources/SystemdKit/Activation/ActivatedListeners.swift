/// The listening sockets systemd passed, sorted by kind and checked: every socket must be a TCP
/// or Unix stream listener, and a socket named `tcp` or `unix` (`FileDescriptorName=`) must be
/// of that kind. Sockets with other names, or none, are taken by their kind.
public struct ActivatedListeners: Sendable, Equatable {
    /// The conventional `FileDescriptorName=` of the TCP listener.
    public static let tcpName = "tcp"
    /// The conventional `FileDescriptorName=` of the Unix socket listener.
    public static let unixName = "unix"

    public private(set) var tcp: [ActivatedSocket] = []
    public private(set) var unix: [ActivatedSocket] = []

    /// Whether systemd passed no sockets at all (the server then binds its own).
    public var isEmpty: Bool { tcp.isEmpty && unix.isEmpty }

    public init(_ sockets: [ActivatedSocket]) throws(SocketActivationError) {
        for socket in sockets {
            switch socket.kind {
            case .tcpListener where socket.name != Self.unixName: tcp.append(socket)
            case .unixListener where socket.name != Self.tcpName: unix.append(socket)
            default: throw .unexpectedSocket(socket)
            }
        }
    }

    /// Takes the sockets systemd passed to this process (see `SocketActivation.takeSockets()`).
    public static func fromEnvironment() throws(SocketActivationError) -> ActivatedListeners {
        try ActivatedListeners(SocketActivation.takeSockets())
    }
}
