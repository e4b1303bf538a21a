import Logging
import NIOCore
import WireProtocol

/// The end of a connection's pipeline: feeds frames to `ConnectionStateMachine`, carries out
/// its actions, runs calls (unary through `CallDispatcher`, Subscribe and Backup as streams)
/// and writes their frames. Confined to the channel's event loop; calls run as tasks and hop
/// back to it with their outcome.
final class ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = Frame
    typealias OutboundOut = Frame

    let server: ServerContext
    let dispatcher: CallDispatcher
    let frameLimit: FrameLengthLimit
    let isUnixSocket: Bool
    var logger: Logger
    var machine: ConnectionStateMachine
    var context: ChannelHandlerContext?
    /// The channel's event loop, kept after the handler is removed.
    var eventLoop: (any EventLoop)?
    var peer: Peer?
    /// Backup calls, running as tasks (cancelled with their call).
    var backups: [UInt32: Task<Void, Never>] = [:]
    var subscriptions: [UInt32: OpenSubscription] = [:]
    var helloTimeout: Scheduled<Void>?
    var drainTimeout: Scheduled<Void>?
    /// The next look at the idle timeout; nil while a call is open (armed again when it ends).
    var idleTimer: Scheduled<Void>?

    init(server: ServerContext, frameLimit: FrameLengthLimit, isUnixSocket: Bool) {
        self.server = server
        self.dispatcher = CallDispatcher(server: server)
        self.frameLimit = frameLimit
        self.isUnixSocket = isUnixSocket
        self.logger = server.logger
        self.machine = ConnectionStateMachine(maxConcurrentCalls: server.limits.maxConcurrentCallsPerConnection)
    }

    var loopBound: NIOLoopBound<ConnectionHandler> { NIOLoopBound(self, eventLoop: eventLoop!) }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        self.eventLoop = context.eventLoop
    }

    func channelActive(context: ChannelHandlerContext) {
        if isUnixSocket {
            let handler = loopBound
            PeerCredentials.read(from: context.channel).whenComplete { result in
                handler.value.identified(.unixSocket(try? result.get()))
            }
        } else if let address = context.channel.remoteAddress {
            identified(.network(address))
        }
        let seconds = server.limits.handshakeTimeoutSeconds
        let handler = loopBound
        helloTimeout = context.eventLoop.scheduleTask(in: .seconds(Int64(seconds))) {
            handler.value.perform(handler.value.machine.handshakeTimedOut(after: seconds))
        }
        armIdleTimer(at: machine.lastActivity + idleTimeout)
        context.fireChannelActive()
    }

    var idleTimeout: TimeAmount { .seconds(Int64(server.limits.idleTimeoutSeconds)) }

    /// Looks at the idle timeout at `deadline`, unless a look is already scheduled. Frames do
    /// not reschedule it: when it fires, it checks when the last one came and looks again then.
    func armIdleTimer(at deadline: NIODeadline) {
        guard let context, idleTimer == nil else { return }
        let handler = loopBound
        idleTimer = context.eventLoop.scheduleTask(deadline: deadline) { handler.value.idleTimerFired() }
    }

    private func idleTimerFired() {
        idleTimer = nil
        switch machine.idleCheck(at: .now(), timeout: idleTimeout) {
        case .suspended:
            break
        case .checkAgain(let deadline):
            armIdleTimer(at: deadline)
        case .timedOut:
            drain(
                .idleTimeout,
                "no frame and no call for \(server.limits.idleTimeoutSeconds) s; reconnect, and PING to stay connected")
        }
    }

    private func identified(_ peer: Peer) {
        self.peer = peer
        logger[metadataKey: "peer"] = "\(peer)"
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let content: Frame.Content
        do {
            content = try unwrapInboundIn(data).content()
        } catch {
            perform(machine.decodingFailed(error))
            return
        }
        var clientName = ""
        let action = machine.receive(content) { hello in
            clientName = hello.clientName
            return server.authenticator.authenticate(
                peer: peer ?? .unixSocket(nil), token: AccessToken(presented: hello.token))
        }
        if case .welcome(_, let grant) = action {
            logger[metadataKey: "client"] = "\(clientName.prefix(64))"
            logger.info("connection open", metadata: ["grant": "\(grant)"])
        }
        perform(action)
    }

    func perform(_ action: ConnectionAction) {
        guard let context else { return }
        switch action {
        case .none:
            break
        case .welcome(let version, let grant):
            helloTimeout?.cancel()
            frameLimit.maximum = server.limits.maxFrameLength
            write(.welcome(welcome(version: version, role: grant.role)))
            context.flush()
        case .startCall(let request, let method):
            start(request, method)
        case .refuseCall(let callID, let status):
            write(.status(callID: callID, status))
            context.flush()
        case .cancelCall(let callID):
            cancel(callID)
        case .pong(let data):
            write(.pong(data))
            context.flush()
        case .goAwayAndClose(let goAway):
            logger.info("connection refused or ended", metadata: ["reason": "\(goAway.message)"])
            closeAfter(write(.goAway(goAway)))
        }
    }

    private func welcome(version: UInt32, role: Role) -> WireWelcome {
        .with {
            $0.version = version
            $0.serverVersion = ServerVersion.current
            $0.siteName = server.site.name
            $0.role = role.wire
            $0.maxFrameLength = UInt32(clamping: server.limits.maxFrameLength)
            $0.maxConcurrentCalls = UInt32(clamping: server.limits.maxConcurrentCallsPerConnection)
            $0.idleTimeoutMs = UInt32(clamping: server.limits.idleTimeoutSeconds * 1000)
        }
    }

    /// Writes a frame (not flushed); the future fails when the channel is gone.
    @discardableResult
    func write(_ content: Frame.Content) -> EventLoopFuture<Void>? {
        guard let context else { return nil }
        do {
            return context.write(wrapOutboundOut(try Frame(content)))
        } catch {
            logger.error("a frame could not be encoded", metadata: ["error": "\(error)"])
            return context.eventLoop.makeFailedFuture(error)
        }
    }

    func closeAfter(_ write: EventLoopFuture<Void>?) {
        guard let context else { return }
        context.flush()
        guard let write else {
            context.close(promise: nil)
            return
        }
        let handler = loopBound
        write.whenComplete { _ in handler.value.context?.close(promise: nil) }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case is DrainConnection:
            drain(.shuttingDown, "the server is shutting down")
        case is PartialFrameTimedOut:
            perform(machine.abort(.idleTimeout, "a frame was begun and not finished within \(server.limits.partialFrameTimeoutSeconds) s"))
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let frameError = error as? FrameError {
            perform(machine.decodingFailed(frameError))
        } else if !(error is ByteToMessageDecoderError) {
            logger.debug("connection error", metadata: ["error": "\(error)"])
            context.close(promise: nil)
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            for callID in subscriptions.keys.sorted() { flushSubscription(callID) }
        }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        machine.closed()
        helloTimeout?.cancel()
        drainTimeout?.cancel()
        idleTimer?.cancel()
        idleTimer = nil
        for callID in subscriptions.keys { removeSubscription(callID) }
        for (_, task) in backups { task.cancel() }
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }
}
