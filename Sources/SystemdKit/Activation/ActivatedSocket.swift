import CSystemd
import Glibc

/// A socket systemd opened for this service and passed at start (socket activation), ready to be
/// adopted by the server (SwiftNIO: `ServerBootstrap.withBoundSocket(_:)`), which then owns it.
public struct ActivatedSocket: Sendable, Equatable, CustomStringConvertible {
    /// What kind of socket systemd passed.
    public enum Kind: Sendable, Equatable {
        /// A listening TCP socket (IPv4 or IPv6): `ListenStream=4040`.
        case tcpListener
        /// A listening Unix stream socket: `ListenStream=/run/…/….sock`.
        case unixListener
        /// Anything else (datagram, FIFO, connected socket…).
        case other
    }

    /// The file descriptor, `SD_LISTEN_FDS_START` (3) or above.
    public let fileDescriptor: CInt
    /// `FileDescriptorName=` of the socket unit; systemd says `unknown` when it has none.
    public let name: String
    public let kind: Kind

    public init(fileDescriptor: CInt, name: String, kind: Kind) {
        self.fileDescriptor = fileDescriptor
        self.name = name
        self.kind = kind
    }

    /// Looks at `fileDescriptor` to tell its kind.
    static func kind(of fileDescriptor: CInt) -> Kind {
        if sd_is_socket_inet(fileDescriptor, AF_UNSPEC, CInt(SOCK_STREAM.rawValue), 1, 0) > 0 { return .tcpListener }
        if sd_is_socket_unix(fileDescriptor, CInt(SOCK_STREAM.rawValue), 1, nil, 0) > 0 { return .unixListener }
        return .other
    }

    public var description: String { "fd \(fileDescriptor) '\(name)' (\(kind))" }
}
