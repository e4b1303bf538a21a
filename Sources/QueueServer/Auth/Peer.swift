import NIOCore

/// Who is at the other end of a connection, as far as authentication cares.
public enum Peer: Hashable, Sendable, CustomStringConvertible {
    /// A TCP peer, by its address.
    case network(SocketAddress)
    /// A Unix-socket peer, with its kernel-vouched credentials (nil if they could not be read).
    case unixSocket(PeerCredentials?)

    /// Whether the peer is on this machine: a loopback address or the Unix socket.
    public var isLocal: Bool {
        if let ipv4 = ipv4Address { return ipv4 >> 24 == 127 }
        if let ipv6 = ipv6Bytes { return ipv6 == Array(repeating: 0, count: 15) + [1] }
        return true
    }

    /// The peer's IPv4 address, also when it comes IPv4-mapped (`::ffff:a.b.c.d`) on an IPv6 socket.
    var ipv4Address: UInt32? {
        switch self {
        case .network(.v4(let v4)): return UInt32(bigEndian: v4.address.sin_addr.s_addr)
        case .network(.v6(let v6)):
            let bytes = withUnsafeBytes(of: v6.address.sin6_addr) { Array($0) }
            guard bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF else { return nil }
            return bytes[12...].reduce(0) { $0 << 8 | UInt32($1) }
        default: return nil
        }
    }

    /// The 16 bytes of an IPv6 peer that is not IPv4-mapped.
    var ipv6Bytes: [UInt8]? {
        guard case .network(.v6(let v6)) = self, ipv4Address == nil else { return nil }
        return withUnsafeBytes(of: v6.address.sin6_addr) { Array($0) }
    }

    public var description: String {
        switch self {
        case .network(let address):
            let host = address.ipAddress ?? "?"
            let port = address.port.map { ":\($0)" } ?? ""
            return address.protocol == .inet6 ? "[\(host)]\(port)" : "\(host)\(port)"
        case .unixSocket(let credentials?): return "unix socket (\(credentials))"
        case .unixSocket(nil): return "unix socket (credentials unknown)"
        }
    }
}
