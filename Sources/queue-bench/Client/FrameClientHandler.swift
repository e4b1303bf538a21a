import NIOCore
import WireProtocol

/// The client side of one connection: numbers calls, writes REQUEST frames and matches
/// MESSAGE and STATUS frames to their call. Lives on its channel's event loop and is only
/// touched there (every entry point asserts it), hence `@unchecked Sendable`.
final class FrameClientHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = Frame
    typealias OutboundOut = Frame

    /// Called on the event loop for each MESSAGE of a streaming call, with its arrival time.
    typealias StreamReceiver = @Sendable (ByteBuffer, UInt64) -> Void

    private struct Pending {
        var promise: EventLoopPromise<CallResult>
        var started: UInt64
        var messages: [ByteBuffer] = []
        var receiver: StreamReceiver?
    }

    let welcome: EventLoopPromise<WireWelcome>
    private var context: ChannelHandlerContext?
    private var nextCallID: UInt32 = 1
    private var calls: [UInt32: Pending] = [:]
    private(set) var goAway: WireGoAway?

    init(welcome: EventLoopPromise<WireWelcome>) {
        self.welcome = welcome
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    /// Opens a call; the promise completes with its STATUS.
    func start(method: UInt16, body: ByteBuffer, timeoutMilliseconds: UInt32, receiver: StreamReceiver?)
        -> EventLoopFuture<CallResult>
    {
        let eventLoop = welcome.futureResult.eventLoop
        eventLoop.preconditionInEventLoop()
        let promise = eventLoop.makePromise(of: CallResult.self)
        guard let context, goAway == nil else {
            promise.fail(BenchError("connection closed" + (goAway.map { ": \($0.message)" } ?? "")))
            return promise.futureResult
        }
        let id = nextCallID
        nextCallID += 1
        calls[id] = Pending(promise: promise, started: MonotonicClock.now(), receiver: receiver)
        let request = Frame.Request(callID: id, methodID: method, timeoutMilliseconds: timeoutMilliseconds, body: body)
        do {
            context.writeAndFlush(wrapOutboundOut(try Frame(.request(request))), promise: nil)
        } catch {
            calls[id] = nil
            promise.fail(error)
        }
        return promise.futureResult
    }

    /// Writes a frame that belongs to no call (HELLO, PING).
    func send(_ frame: Frame) {
        context?.writeAndFlush(wrapOutboundOut(frame), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        let arrived = MonotonicClock.now()
        switch frame.type {
        case .message:
            guard var pending = calls[frame.callID] else { return }
            if let receiver = pending.receiver {
                receiver(frame.payload, arrived)
            } else {
                pending.messages.append(frame.payload)
                calls[frame.callID] = pending
            }
        case .status:
            guard let pending = calls.removeValue(forKey: frame.callID) else { return }
            do {
                let status = try frame.payload.decodeMessage(WireCallStatus.self)
                pending.promise.succeed(
                    CallResult(messages: pending.messages, status: status, nanoseconds: arrived - pending.started))
            } catch {
                pending.promise.fail(BenchError("STATUS does not decode: \(error)"))
            }
        case .welcome:
            do {
                welcome.succeed(try frame.payload.decodeMessage(WireWelcome.self))
            } catch {
                welcome.fail(BenchError("WELCOME does not decode: \(error)"))
            }
        case .goAway:
            let goAway = try? frame.payload.decodeMessage(WireGoAway.self)
            self.goAway = goAway ?? WireGoAway()
            welcome.fail(BenchError("GOAWAY: \(goAway?.message ?? "?") (code \(goAway?.code ?? 0))"))
        case .ping:
            send(Frame(type: .pong, callID: 0, payload: frame.payload))
        default:
            break
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.context = nil
        let reason = "connection closed" + (goAway.map { " after GOAWAY: \($0.message)" } ?? "")
        welcome.fail(BenchError(reason))
        let open = calls
        calls = [:]
        for pending in open.values { pending.promise.fail(BenchError(reason)) }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
