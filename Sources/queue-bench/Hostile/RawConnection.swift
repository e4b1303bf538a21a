import NIOCore
import NIOPosix

/// A connection that sends whatever bytes it is given and only notes what comes back and
/// when the server closes: the hostile clients' tool.
final class RawConnection: Sendable {
    let channel: any Channel
    /// Completes when the server (or anyone) closes the connection.
    var closed: EventLoopFuture<Void> { channel.closeFuture }

    private init(channel: any Channel) { self.channel = channel }

    private final class Sink: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {}
        func errorCaught(context: ChannelHandlerContext, error: any Error) { context.close(promise: nil) }
    }

    static func open(_ endpoint: ServerEndpoint, group: any EventLoopGroup, from localAddress: String? = nil) async throws -> RawConnection {
        var bootstrap = ClientBootstrap(group: group)
            .connectTimeout(.seconds(5))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Sink()) }
            }
        if let localAddress { bootstrap = bootstrap.bind(to: try SocketAddress(ipAddress: localAddress, port: 0)) }
        return RawConnection(channel: try await bootstrap.connect(host: endpoint.host, port: endpoint.port).get())
    }

    func send(_ bytes: [UInt8]) async throws {
        try await channel.writeAndFlush(ByteBuffer(bytes: bytes))
    }

    /// True if the server closed within `timeout`.
    func closedByServer(within timeout: Duration) async -> Bool {
        let eventLoop = channel.eventLoop
        let result = eventLoop.makePromise(of: Bool.self)
        let timer = eventLoop.scheduleTask(in: .nanoseconds(Int64(timeout.milliseconds * 1e6))) { result.succeed(false) }
        closed.whenComplete { _ in
            timer.cancel()
            result.succeed(true)
        }
        return (try? await result.futureResult.get()) ?? false
    }

    func close() async {
        try? await channel.close()
    }
}
