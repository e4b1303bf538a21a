import NIOCore
import SiteConfig

/// One listening socket of the server.
public struct Listener: Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case tcp
        case unix(path: String)
    }

    public let kind: Kind
    let channel: any Channel
    /// Whether systemd passed it (socket activation) rather than the server binding it.
    public let activated: Bool

    /// The address it listens on (the port the kernel chose, for port 0).
    public var localAddress: SocketAddress? { channel.localAddress }

    public var description: String {
        let how = activated ? " (from systemd)" : ""
        switch kind {
        case .tcp:
            guard let address = localAddress, let host = address.ipAddress, let port = address.port else { return "tcp" + how }
            return (address.protocol == .inet6 ? "[\(host)]:\(port)" : "\(host):\(port)") + how
        case .unix(let path): return "unix:\(path)" + how
        }
    }
}
