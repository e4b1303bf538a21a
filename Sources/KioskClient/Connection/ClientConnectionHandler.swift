import NIOCore
import WireProtocol

/// The client end of one connection, on its event loop: sends HELLO, routes MESSAGE and STATUS
/// frames to their calls by id, answers PING, keeps the connection alive with its own PINGs,
/// honours GOAWAY, and ends every open call when the connection ends.
final class ClientConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = Frame
    typealias OutboundOut = Frame

    private enum State {
        case handshaking
        case open
        /// GOAWAY received: no call above `lastCallID` will be processed.
        case goingAway(lastCallID: UInt32, WireGoAway)
        case closed
    }

    private let hello: WireHello
    private let welcome: EventLoopPromise<WireWelcome>
    private let pingInterval: Duration
    private var state = State.handshaking
    private var context: ChannelHandlerContext?
    private var calls: [UInt32: PendingCall] = [:]
    private var nextCallID: UInt32 = 1
    private var keepalive: RepeatedTask?
    private var unansweredPings = 0
    private var pingCounter: UInt64 = 0
    /// Why the connection is closing, for the calls it ends.
    private var closeReason = "the server closed the connection"

    init(hello: WireHello, welcome: EventLoopPromise<WireWelcome>, pingInterval: Duration) {
        self.hello = hello
        self.welcome = welcome
        self.pingInterval = pingInterval
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        if context.channel.isActive { sendHello(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        sendHello(context)
        context.fireChannelActive()
    }

    private var helloSent = false
    private func sendHello(_ context: ChannelHandlerContext) {
        guard !helloSent, let frame = try? Frame(.hello(hello)) else { return }
        helloSent = true
        context.writeAndFlush(wrapOutboundOut(frame), promise: nil)
    }

    // MARK: Calls

    /// Opens a call; returns its id, or nil after ending `pending` with the reason it cannot be.
    @discardableResult
    func start(method: Method, body: ByteBuffer, timeout: Duration?, pending: PendingCall) -> UInt32? {
        switch state {
        case .closed:
            pending.finish(.connectionLost(closeReason))
            return nil
        case .goingAway(_, let goAway):
            pending.finish(Self.notProcessed(goAway))
            return nil
        case .handshaking, .open:
            break
        }
        guard let context else {
            pending.finish(.connectionLost(closeReason))
            return nil
        }
        let id = nextCallID
        nextCallID += 1
        calls[id] = pending
        let request = Frame.Request(
            callID: id, methodID: method.rawValue, timeoutMilliseconds: timeout?.wholeMilliseconds ?? 0, body: body)
        guard let frame = try? Frame(.request(request)) else { return nil }
        context.writeAndFlush(wrapOutboundOut(frame), promise: nil)
        return id
    }

    /// Asks the server to end call `id` (a subscription the consumer stopped reading).
    func cancel(_ id: UInt32) {
        guard calls[id] != nil, let context, case .open = state, let frame = try? Frame(.cancel(callID: id)) else {
            return
        }
        context.writeAndFlush(wrapOutboundOut(frame), promise: nil)
    }

    /// Closes the connection; open calls end as lost.
    func close(reason: String) {
        closeReason = reason
        context?.close(promise: nil)
    }

    // MARK: Frames

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        let content: Frame.Content
        do {
            content = try frame.content()
        } catch {
            close(reason: "the server sent an invalid frame: \(error)")
            return
        }
        switch content {
        case .welcome(let message):
            guard case .handshaking = state else { return close(reason: "the server sent a second WELCOME") }
            state = .open
            welcome.succeed(message)
            startKeepalive(context, idleTimeoutMilliseconds: message.idleTimeoutMs)
        case .message(let id, let body):
            if let call = calls[id] { calls[id] = call.receiving(body) }
        case .status(let id, let status):
            let call = calls.removeValue(forKey: id)
            call?.finish(status.statusCode == .ok ? nil : ClientError(status))
        case .ping(let data):
            if let pong = try? Frame(.pong(data)) { context.writeAndFlush(wrapOutboundOut(pong), promise: nil) }
        case .pong:
            unansweredPings = 0
        case .goAway(let goAway):
            receive(goAway, context: context)
        case .hello, .request, .cancel:
            close(reason: "the server sent a \(frame.type) frame, which only clients send")
        }
    }

    private func receive(_ goAway: WireGoAway, context: ChannelHandlerContext) {
        closeReason = goAway.message
        if case .handshaking = state {
            state = .goingAway(lastCallID: goAway.lastCallID, goAway)
            welcome.fail(ClientError(goAway))
            return
        }
        state = .goingAway(lastCallID: goAway.lastCallID, goAway)
        for id in calls.keys.sorted() where id > goAway.lastCallID {
            calls.removeValue(forKey: id)?.finish(Self.notProcessed(goAway))
        }
    }

    /// A call the server will not process after its GOAWAY: safe to retry elsewhere.
    private static func notProcessed(_ goAway: WireGoAway) -> ClientError {
        ClientError(
            .unavailable, goAway.message.isEmpty ? "the server is going away" : goAway.message,
            detail: goAway.hasDetail ? goAway.detail : WireErrorDetail.with { $0.reason = .shuttingDown })
    }

    // MARK: Keepalive

    private func startKeepalive(_ context: ChannelHandlerContext, idleTimeoutMilliseconds: UInt32) {
        var interval = TimeAmount(pingInterval)
        if idleTimeoutMilliseconds > 0 {
            interval = min(interval, .milliseconds(Int64(idleTimeoutMilliseconds) / 3))
        }
        interval = max(interval, .milliseconds(50))
        let loopBound = NIOLoopBound(self, eventLoop: context.eventLoop)
        keepalive = context.eventLoop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { _ in
            loopBound.value.ping()
        }
    }

    private func ping() {
        guard let context, case .open = state else { return }
        // Two intervals without a PONG: the peer is gone (a kiosk on flaky Wi-Fi).
        if unansweredPings >= 2 { return close(reason: "the server stopped answering pings") }
        unansweredPings += 1
        pingCounter &+= 1
        if let frame = try? Frame(.ping(pingCounter)) { context.writeAndFlush(wrapOutboundOut(frame), promise: nil) }
    }

    // MARK: End

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        closeReason = "\(error)"
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        keepalive?.cancel()
        if case .handshaking = state {
            welcome.fail(ClientError.unreachable("the server closed the connection during the handshake"))
        }
        state = .closed
        let open = calls
        calls = [:]
        for id in open.keys.sorted() { open[id]?.finish(.connectionLost(closeReason)) }
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
