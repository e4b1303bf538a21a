import Logging
import NIOCore
import WireProtocol

/// Answers a connection over the limit: GOAWAY (RESOURCE_EXHAUSTED), then close.
final class ConnectionRefuser: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = Frame

    let limit: Int
    let logger: Logger

    init(limit: Int, logger: Logger) {
        self.limit = limit
        self.logger = logger
    }

    func channelActive(context: ChannelHandlerContext) {
        logger.warning("connection refused: too many connections", metadata: ["limit": "\(limit)"])
        let goAway = WireGoAway(
            lastCallID: 0, .resourceExhausted,
            "the server has \(limit) connections open, its limit; retry in a moment")
        let written = context.writeAndFlush(wrapOutboundOut(try! Frame(.goAway(goAway))))
        let loopContext = NIOLoopBound(context, eventLoop: context.eventLoop)
        written.whenComplete { _ in loopContext.value.close(promise: nil) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {}
}
