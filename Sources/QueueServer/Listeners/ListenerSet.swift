import Glibc
import Logging
import NIOCore
import NIOPosix
import SiteConfig
import Synchronization
import SystemdKit

/// The server's listening sockets: those systemd passed (socket activation, named `tcp` and
/// `unix`), else the configured addresses bound here. Each accepted connection gets the
/// `ConnectionPipeline`.
public final class ListenerSet: Sendable {
    let server: ServerContext
    let group: any EventLoopGroup
    private let bound = Mutex<[Listener]>([])

    public init(server: ServerContext, group: any EventLoopGroup) {
        self.server = server
        self.group = group
    }

    public var listeners: [Listener] { bound.withLock { $0 } }

    /// Listens on the activated sockets when there are any, else on `addresses`.
    public func start(addresses: [ListenAddress], activated: ActivatedListeners) async throws -> [Listener] {
        if activated.isEmpty {
            for address in addresses { try await bind(address) }
        } else {
            for socket in activated.tcp { try await adopt(socket, kind: .tcp) }
            for socket in activated.unix { try await adopt(socket, kind: .unix(path: Self.unixPath(of: socket.fileDescriptor))) }
        }
        return listeners
    }

    func bind(_ address: ListenAddress) async throws(BindFailure) {
        do {
            try await bindOrThrow(address)
        } catch {
            throw BindFailure(address: address, error: error)
        }
    }

    private func bindOrThrow(_ address: ListenAddress) async throws {
        switch address {
        case .tcp(let host, let port):
            let channel = try await bootstrap(isUnix: false).bind(host: host, port: port).get()
            add(Listener(kind: .tcp, channel: channel, activated: false))
        case .unix(let path):
            let channel = try await bootstrap(isUnix: true).bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).get()
            add(Listener(kind: .unix(path: path), channel: channel, activated: false))
        }
    }

    private func adopt(_ socket: ActivatedSocket, kind: Listener.Kind) async throws {
        let isUnix = if case .unix = kind { true } else { false }
        let channel = try await bootstrap(isUnix: isUnix).withBoundSocket(socket.fileDescriptor).get()
        add(Listener(kind: kind, channel: channel, activated: true))
    }

    private func add(_ listener: Listener) {
        bound.withLock { $0.append(listener) }
        server.logger.info("listening", metadata: ["address": "\(listener)"])
    }

    private func bootstrap(isUnix: Bool) -> ServerBootstrap {
        let server = server
        return ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.so_keepalive), value: 1)
            .childChannelInitializer { channel in
                ConnectionPipeline.install(on: channel, server: server, isUnixSocket: isUnix)
            }
    }

    /// Stops accepting: closes the listening sockets (a socket file this server bound is removed;
    /// one systemd passed stays, systemd owns it).
    public func close() async {
        let listeners = bound.withLock { all in defer { all = [] }; return all }
        for listener in listeners {
            try? await listener.channel.close()
            if case .unix(let path) = listener.kind, !listener.activated { unlink(path) }
        }
    }

    /// The path a listening Unix socket is bound to, for the logs.
    static func unixPath(of descriptor: CInt) -> String {
        var address = sockaddr_un()
        var length = socklen_t(MemoryLayout<sockaddr_un>.size)
        let found = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard found == 0 else { return "?" }
        return withUnsafeBytes(of: address.sun_path) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
