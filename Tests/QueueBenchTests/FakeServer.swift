import NIOCore
import NIOPosix
import SwiftProtobuf
import WireProtocol

@testable import queue_bench

/// A stand-in for queue-server that speaks just enough of the protocol to test the bench's
/// client: WELCOME for the right token (GOAWAY otherwise), a ticket for each TakeTicket, and
/// two events then OK for Subscribe.
final class FakeServer: Sendable {
    let channel: any Channel
    let group: MultiThreadedEventLoopGroup

    static let token = "fake-token-0123456789"

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = Frame
        typealias OutboundOut = Frame
        private var issued = 0

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let frame = unwrapInboundIn(data)
            do {
                switch try frame.content() {
                case .hello(let hello):
                    guard hello.token == FakeServer.token else {
                        var goAway = WireGoAway()
                        goAway.code = 16
                        goAway.message = "unknown token"
                        context.writeAndFlush(wrapOutboundOut(try Frame(.goAway(goAway))), promise: nil)
                        context.close(promise: nil)
                        return
                    }
                    var welcome = WireWelcome()
                    welcome.version = 1
                    welcome.siteName = "fake"
                    context.writeAndFlush(wrapOutboundOut(try Frame(.welcome(welcome))), promise: nil)
                case .request(let request) where request.method == .takeTicket:
                    let take = try request.body.decodeMessage(WireTakeTicketRequest.self)
                    issued += 1
                    var reply = WireCommandReply()
                    reply.ticket.number = "M-\(issued)"
                    reply.ticket.service = take.service
                    try send(reply, on: request.callID, context: context)
                    try status(0, on: request.callID, context: context)
                case .request(let request) where request.method == .subscribe:
                    for seq in [UInt64(5), 6] {
                        var event = WireQueueEvent()
                        event.seq = seq
                        try send(event, on: request.callID, context: context)
                    }
                    try status(0, on: request.callID, context: context)
                case .request(let request):
                    try status(12, on: request.callID, context: context)
                default:
                    break
                }
            } catch {
                context.close(promise: nil)
            }
        }

        private func send(_ message: some SwiftProtobuf.Message, on callID: UInt32, context: ChannelHandlerContext) throws {
            var body = ByteBuffer()
            try body.writeMessage(message)
            context.write(wrapOutboundOut(try Frame(.message(callID: callID, body: body))), promise: nil)
        }

        private func status(_ code: UInt32, on callID: UInt32, context: ChannelHandlerContext) throws {
            var status = WireCallStatus()
            status.code = code
            status.message = code == 0 ? "" : "not here"
            context.writeAndFlush(wrapOutboundOut(try Frame(.status(callID: callID, status))), promise: nil)
        }
    }

    init() async throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        channel = try await ServerBootstrap(group: group)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers(
                        ByteToMessageHandler(FrameDecoder()), MessageToByteHandler(FrameEncoder()), Handler())
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
    }

    var endpoint: ServerEndpoint { ServerEndpoint(host: "127.0.0.1", port: channel.localAddress!.port!) }

    func shutdown() async {
        try? await channel.close()
        try? await group.shutdownGracefully()
    }
}
