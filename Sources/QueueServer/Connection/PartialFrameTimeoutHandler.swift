import NIOCore

/// Closes a connection whose peer starts a frame and does not finish it in time (slowloris):
/// a timer runs from the first byte of a frame to its last. Sits before the frame decoder and
/// passes every byte on; on timeout it fires `PartialFrameTimedOut` for `ConnectionHandler`.
final class PartialFrameTimeoutHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let timeout: TimeAmount
    private var tracker = FrameBoundaryTracker()
    private var timer: Scheduled<Void>?

    init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        tracker.consume(unwrapInboundIn(data).readableBytesView)
        if tracker.isInsideFrame {
            if timer == nil {
                let loopContext = NIOLoopBound(context, eventLoop: context.eventLoop)
                timer = context.eventLoop.scheduleTask(in: timeout) {
                    loopContext.value.fireUserInboundEventTriggered(PartialFrameTimedOut())
                }
            }
        } else {
            timer?.cancel()
            timer = nil
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }
}

/// A frame was started and not finished within the partial-frame timeout.
struct PartialFrameTimedOut: Sendable {}

/// The server is stopping: send GOAWAY, let open calls finish, close.
struct DrainConnection: Sendable {}
