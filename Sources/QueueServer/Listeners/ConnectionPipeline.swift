import NIOCore
import WireProtocol

/// The handlers of an accepted connection, in order: partial-frame timeout, frame decoder and
/// encoder, `ConnectionHandler` (which runs the idle timeout: it must not count the time a call
/// is open, which only the connection's state machine knows). Beyond the connection limit the new
/// connection gets only a GOAWAY (RESOURCE_EXHAUSTED) and is closed; the others carry on.
enum ConnectionPipeline {
    static func install(on channel: any Channel, server: ServerContext, isUnixSocket: Bool) -> EventLoopFuture<Void> {
        let limits = server.limits
        let admitted = server.registry.admit(channel)
        return channel.eventLoop.makeCompletedFuture {
            let pipeline = channel.pipeline.syncOperations
            guard admitted else {
                try pipeline.addHandler(MessageToByteHandler(FrameEncoder()))
                try pipeline.addHandler(ConnectionRefuser(limit: limits.maxConnections, logger: server.logger))
                return
            }
            let frameLimit = FrameLengthLimit(min(Frame.defaultMaximumLength, limits.maxFrameLength))
            try pipeline.addHandlers([
                PartialFrameTimeoutHandler(timeout: .seconds(Int64(limits.partialFrameTimeoutSeconds))),
                ByteToMessageHandler(NegotiatedFrameDecoder(limit: frameLimit)),
                MessageToByteHandler(FrameEncoder(maximumLength: limits.maxFrameLength)),
                ConnectionHandler(server: server, frameLimit: frameLimit, isUnixSocket: isUnixSocket),
            ])
        }
    }
}
