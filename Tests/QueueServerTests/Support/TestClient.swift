import NIOCore
import NIOPosix
import SwiftProtobuf
import Synchronization
import WireProtocol

/// A minimal client for the integration tests, made of WireProtocol frames over NIO: it
/// sends frames (or raw bytes) and reads back what the server sent, frame by frame.
final class TestClient: Sendable {
    let channel: any Channel
    let inbox: Inbox

    private init(channel: any Channel, inbox: Inbox) {
        self.channel = channel
        self.inbox = inbox
    }

    static func connect(to address: SocketAddress, group: any EventLoopGroup) async throws -> TestClient {
        let inbox = Inbox()
        let channel = try await ClientBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers([
                        ByteToMessageHandler(FrameDecoder(maximumLength: 16 << 20)),
                        InboxHandler(inbox: inbox),
                    ])
                }
            }
            .connect(to: address).get()
        return TestClient(channel: channel, inbox: inbox)
    }

    func send(_ content: Frame.Content) async throws {
        var buffer = ByteBuffer()
        buffer.writeFrame(try Frame(content))
        try await sendRaw(buffer)
    }

    func sendRaw(_ bytes: [UInt8]) async throws {
        try await sendRaw(ByteBuffer(bytes: bytes))
    }

    func sendRaw(_ buffer: ByteBuffer) async throws {
        try await channel.writeAndFlush(buffer).get()
    }

    /// The next frame the server sent on any call, or throws when the connection closed first.
    func next(timeout: Duration = .seconds(30)) async throws -> Frame.Content {
        try await inbox.next(timeout: timeout) { _ in true }.content()
    }

    /// The next frame on `callID`, leaving frames of other calls for later.
    func next(call callID: UInt32, timeout: Duration = .seconds(30)) async throws -> Frame.Content {
        try await inbox.next(timeout: timeout) { $0.callID == callID }.content()
    }

    /// The next connection-level frame (WELCOME, PONG, GOAWAY…).
    func nextConnectionFrame(timeout: Duration = .seconds(30)) async throws -> Frame.Content {
        try await inbox.next(timeout: timeout) { $0.callID == 0 }.content()
    }

    /// The GOAWAY the server sends next on the connection; throws on any other frame.
    func goAway() async throws -> WireGoAway {
        let content = try await nextConnectionFrame()
        guard case .goAway(let goAway) = content else { throw Unexpected(content: content) }
        return goAway
    }

    /// HELLO with `token`; returns the WELCOME, or throws `Refused` with the GOAWAY.
    @discardableResult
    func handshake(token: String, name: String = "test") async throws -> WireWelcome {
        try await send(.hello(.with {
            $0.minVersion = 1
            $0.maxVersion = 1
            $0.token = token
            $0.clientName = name
        }))
        switch try await nextConnectionFrame() {
        case .welcome(let welcome): return welcome
        case .goAway(let goAway): throw Refused(goAway: goAway)
        case let other: throw Unexpected(content: other)
        }
    }

    /// Sends a REQUEST and returns the call's MESSAGE bodies and its STATUS.
    func call(
        _ callID: UInt32, _ method: Method, _ message: some SwiftProtobuf.Message, timeoutMilliseconds: UInt32 = 0
    ) async throws -> (messages: [ByteBuffer], status: WireCallStatus) {
        try await send(.request(try Frame.Request(
            callID: callID, method: method, timeoutMilliseconds: timeoutMilliseconds, message: message)))
        return try await finish(callID)
    }

    /// Reads call `callID` to its STATUS.
    func finish(_ callID: UInt32) async throws -> (messages: [ByteBuffer], status: WireCallStatus) {
        var messages: [ByteBuffer] = []
        while true {
            switch try await next(call: callID) {
            case .message(_, let body): messages.append(body)
            case .status(_, let status): return (messages, status)
            case let other: throw Unexpected(content: other)
            }
        }
    }

    /// Waits until the server closed the connection.
    func waitUntilClosed(timeout: Duration = .seconds(30)) async throws {
        try await inbox.waitUntilClosed(timeout: timeout)
    }

    func close() async {
        try? await channel.close()
    }

    struct Refused: Error {
        let goAway: WireGoAway
    }

    struct Unexpected: Error {
        let content: Frame.Content
    }
}

/// The frames a test client received, and whether its connection is closed. Readers poll: the
/// tests wait with generous timeouts and never measure time.
final class Inbox: Sendable {
    private struct State {
        var frames: [Frame] = []
        var closed = false
    }

    private let state = Mutex(State())

    struct TimedOut: Error {}
    struct Closed: Error {}

    func append(_ frame: Frame) { state.withLock { $0.frames.append(frame) } }
    func markClosed() { state.withLock { $0.closed = true } }

    var isClosed: Bool { state.withLock { $0.closed } }

    func next(timeout: Duration, where matches: (Frame) -> Bool) async throws -> Frame {
        let end = ContinuousClock.now + timeout
        while true {
            let found: Frame?? = state.withLock { state in
                if let index = state.frames.firstIndex(where: matches) { return state.frames.remove(at: index) }
                return state.closed ? .some(nil) : nil
            }
            switch found {
            case .some(.some(let frame)): return frame
            case .some(.none): throw Closed()
            case .none:
                guard ContinuousClock.now < end else { throw TimedOut() }
                try await Task.sleep(for: .milliseconds(5))
            }
        }
    }

    func waitUntilClosed(timeout: Duration) async throws {
        let end = ContinuousClock.now + timeout
        while !isClosed {
            guard ContinuousClock.now < end else { throw TimedOut() }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}

/// Puts every decoded frame in the inbox.
final class InboxHandler: ChannelInboundHandler {
    typealias InboundIn = Frame
    let inbox: Inbox

    init(inbox: Inbox) { self.inbox = inbox }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        inbox.append(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        inbox.markClosed()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
