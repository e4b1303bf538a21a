import NIOCore
import NIOPosix
import SwiftProtobuf
import WireProtocol

/// One connection to a queue server: handshake done, calls multiplexed by id, PINGs sent
/// while idle, GOAWAY honoured. Every method of the protocol has a typed async method (see
/// the extensions); a failed call throws `ClientError`.
///
/// ```swift
/// let client = try await QueueClient.connect(to: .tcp(host: "127.0.0.1", port: 7878),
///                                            configuration: ClientConfiguration(token: token))
/// let reply = try await client.takeTicket(service: "medical", language: "fr", idempotencyKey: key)
/// ```
///
/// A client does not reconnect: when its connection ends, its calls fail with
/// `ClientError.Origin.connectionLost`; `LiveQueue` and `Retrying` build on it for that.
public final class QueueClient: Sendable {
    public let endpoint: Endpoint
    public let configuration: ClientConfiguration
    /// What the server said at the handshake: version, role, limits, site name.
    public let welcome: WireWelcome
    let channel: any Channel
    let handler: NIOLoopBound<ClientConnectionHandler>

    /// The largest frame this client accepts from a server (backup chunks, big reports).
    static let maximumIncomingFrame = 16 << 20

    private init(
        endpoint: Endpoint, configuration: ClientConfiguration, welcome: WireWelcome, channel: any Channel,
        handler: NIOLoopBound<ClientConnectionHandler>
    ) {
        self.endpoint = endpoint
        self.configuration = configuration
        self.welcome = welcome
        self.channel = channel
        self.handler = handler
    }

    /// The role the server granted.
    public var role: Role? { Role(welcome.role) }

    /// Connects and completes the handshake. Throws `ClientError` with origin `.unreachable`
    /// when the server cannot be reached, or the server's refusal (bad token: UNAUTHENTICATED).
    public static func connect(
        to endpoint: Endpoint, configuration: ClientConfiguration = ClientConfiguration(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> QueueClient {
        let eventLoop = group.next()
        let hello = WireHello.with {
            $0.minVersion = ProtocolVersion.supported.lowerBound
            $0.maxVersion = ProtocolVersion.supported.upperBound
            $0.token = configuration.token
            $0.clientName = configuration.clientName
        }
        let welcomePromise = eventLoop.makePromise(of: WireWelcome.self)
        let pingInterval = configuration.pingInterval
        let bootstrap = ClientBootstrap(group: eventLoop)
            .connectTimeout(TimeAmount(configuration.connectTimeout))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers(
                        ByteToMessageHandler(FrameDecoder(maximumLength: maximumIncomingFrame)),
                        MessageToByteHandler(FrameEncoder()),
                        ClientConnectionHandler(hello: hello, welcome: welcomePromise, pingInterval: pingInterval))
                }
            }
        let channel: any Channel
        do {
            switch endpoint {
            case .tcp(let host, let port): channel = try await bootstrap.connect(host: host, port: port).get()
            case .unix(let path): channel = try await bootstrap.connect(unixDomainSocketPath: path).get()
            }
        } catch {
            welcomePromise.fail(ClientError.unreachable(""))
            throw ClientError.unreachable("\(endpoint): \(ConnectFailure.describe(error))")
        }
        let timeout = eventLoop.scheduleTask(in: TimeAmount(configuration.connectTimeout)) {
            welcomePromise.fail(ClientError.unreachable("\(endpoint): no answer to the handshake"))
            channel.close(promise: nil)
        }
        let welcome: WireWelcome
        do {
            welcome = try await welcomePromise.futureResult.get()
            timeout.cancel()
        } catch {
            timeout.cancel()
            channel.close(promise: nil)
            throw error
        }
        let handler = try await channel.eventLoop.submit {
            NIOLoopBound(try channel.pipeline.syncOperations.handler(type: ClientConnectionHandler.self), eventLoop: channel.eventLoop)
        }.get()
        let client = QueueClient(
            endpoint: endpoint, configuration: configuration, welcome: welcome, channel: channel, handler: handler)
        if let required = configuration.requiredRole, let role = client.role, role != required, role != .admin {
            await client.close()
            throw ClientError(
                .permissionDenied, "this token gives the role \(role), not \(required); use a \(required) token",
                origin: .local)
        }
        return client
    }

    /// Closes the connection; open calls fail as lost.
    public func close() async {
        let handler = self.handler
        channel.eventLoop.execute { handler.value.close(reason: "the client closed the connection") }
        try? await channel.closeFuture.get()
    }

    /// Whether the connection is still up.
    public var isOpen: Bool { channel.isActive }

    /// Returns once the connection has ended (server restart, network, `close()`).
    public func waitUntilClosed() async {
        try? await channel.closeFuture.get()
    }

    // MARK: Calls

    /// A unary call of `method`: its reply, or the `ClientError` its STATUS carried.
    func unary<Response: SwiftProtobuf.Message>(
        _ method: Method, _ request: some SwiftProtobuf.Message, as _: Response.Type = Response.self,
        timeout: Duration? = nil
    ) async throws -> Response {
        let body = try Self.encode(request)
        let promise = channel.eventLoop.makePromise(of: ByteBuffer.self)
        let handler = self.handler
        let deadline = timeout ?? configuration.callTimeout
        channel.eventLoop.execute {
            handler.value.start(method: method, body: body, timeout: deadline, pending: .unary(promise, reply: nil))
        }
        let reply = try await promise.futureResult.get()
        return try Self.decode(reply, method: method)
    }

    /// A server-streaming call: each MESSAGE body as it comes; ends (or throws) with STATUS.
    /// Ending the iteration early sends CANCEL.
    func stream(_ method: Method, _ request: some SwiftProtobuf.Message) throws -> AsyncThrowingStream<ByteBuffer, any Error> {
        let body = try Self.encode(request)
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: ByteBuffer.self)
        let handler = self.handler
        let eventLoop = channel.eventLoop
        eventLoop.execute {
            guard let id = handler.value.start(method: method, body: body, timeout: nil, pending: .stream(continuation))
            else { return }
            continuation.onTermination = { termination in
                guard case .cancelled = termination else { return }
                eventLoop.execute { handler.value.cancel(id) }
            }
        }
        return stream
    }

    static func encode(_ message: some SwiftProtobuf.Message) throws -> ByteBuffer {
        var body = ByteBuffer()
        do {
            try body.writeMessage(message)
        } catch {
            throw ClientError(.internal, "cannot encode the request: \(error)", origin: .local)
        }
        return body
    }

    static func decode<Response: SwiftProtobuf.Message>(_ body: ByteBuffer, method: Method) throws -> Response {
        do {
            return try body.decodeMessage(Response.self)
        } catch {
            throw ClientError(.internal, "the server's \(method) reply does not decode: \(error)", origin: .local)
        }
    }
}
