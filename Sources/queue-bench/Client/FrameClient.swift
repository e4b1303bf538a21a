import NIOCore
import NIOPosix
import SwiftProtobuf
import WireProtocol

/// One connection to the server speaking the frames of docs/PROTOCOL.md directly: HELLO,
/// WELCOME, then calls. Small on purpose, so that what the bench measures is the server.
final class FrameClient: Sendable {
    let channel: any Channel
    let welcome: WireWelcome
    private let handler: FrameClientHandler

    private init(channel: any Channel, handler: FrameClientHandler, welcome: WireWelcome) {
        self.channel = channel
        self.handler = handler
        self.welcome = welcome
    }

    /// Connects to `endpoint` and completes the handshake with `token`; throws on GOAWAY.
    static func connect(
        to endpoint: ServerEndpoint, token: String, name: String, group: any EventLoopGroup,
        from localAddress: String? = nil
    ) async throws -> FrameClient {
        let eventLoop = group.next()
        let welcomePromise = eventLoop.makePromise(of: WireWelcome.self)
        let handler = FrameClientHandler(welcome: welcomePromise)
        var bootstrap = ClientBootstrap(group: eventLoop)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connectTimeout(.seconds(10))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers(
                        ByteToMessageHandler(FrameDecoder(maximumLength: 16 << 20)),
                        MessageToByteHandler(FrameEncoder(maximumLength: 16 << 20)),
                        handler)
                }
            }
        if let localAddress {
            bootstrap = bootstrap.bind(to: try SocketAddress(ipAddress: localAddress, port: 0))
        }
        let channel = try await bootstrap.connect(host: endpoint.host, port: endpoint.port).get()
        var hello = WireHello()
        hello.minVersion = 1
        hello.maxVersion = 1
        hello.token = token
        hello.clientName = name
        let frame = try Frame(.hello(hello))
        channel.eventLoop.execute { handler.send(frame) }
        do {
            let welcome = try await welcomePromise.futureResult.get()
            return FrameClient(channel: channel, handler: handler, welcome: welcome)
        } catch {
            try? await channel.close()
            throw error
        }
    }

    /// Starts a call; the future completes on the connection's event loop with its STATUS.
    func start(
        _ method: WireProtocol.Method, _ message: some SwiftProtobuf.Message, timeoutMilliseconds: UInt32 = 0,
        receiver: FrameClientHandler.StreamReceiver? = nil
    ) -> EventLoopFuture<CallResult> {
        var body = ByteBuffer()
        do {
            try body.writeMessage(message)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        let handler = handler
        let body2 = body
        return channel.eventLoop.flatSubmit {
            handler.start(
                method: method.rawValue, body: body2, timeoutMilliseconds: timeoutMilliseconds, receiver: receiver)
        }
    }

    /// A unary call, awaited.
    func call(_ method: WireProtocol.Method, _ message: some SwiftProtobuf.Message, timeoutMilliseconds: UInt32 = 0)
        async throws -> CallResult
    {
        try await start(method, message, timeoutMilliseconds: timeoutMilliseconds).get()
    }

    /// A unary call that must succeed, its reply decoded.
    func reply<Reply: SwiftProtobuf.Message>(
        _ method: WireProtocol.Method, _ message: some SwiftProtobuf.Message, as _: Reply.Type = Reply.self
    ) async throws -> Reply {
        let result = try await call(method, message)
        guard result.isOK else { throw BenchError("\(method.name) failed: \(result.status.code) \(result.status.message)") }
        return try result.reply(Reply.self)
    }

    func close() async {
        try? await channel.close()
    }
}

/// Where the server under test listens.
struct ServerEndpoint: Sendable, Hashable {
    var host: String
    var port: Int
}
