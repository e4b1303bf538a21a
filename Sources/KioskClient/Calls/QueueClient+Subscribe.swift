import NIOCore
import QueueCore
import WireProtocol

/// One event of a subscription: its `seq` always, and the event unless its kind is one this
/// version does not know (a newer server): skip it, but count its `seq` as applied.
public struct ReceivedEvent: Hashable, Sendable {
    public let seq: UInt64
    public let event: QueueEvent?

    public init(seq: UInt64, event: QueueEvent?) {
        self.seq = seq
        self.event = event
    }
}

/// The events of a Subscribe call, in order, as an async sequence. It ends (throwing a
/// `ClientError`) when the server ends the call: `cannotResume` (resync with GetStatus),
/// `slowSubscriber` or `shuttingDown` (resubscribe), or the connection ends. Stopping the
/// iteration cancels the call.
public struct EventSubscription: AsyncSequence, Sendable {
    public typealias Element = ReceivedEvent
    let frames: AsyncThrowingStream<ByteBuffer, any Error>

    public struct AsyncIterator: AsyncIteratorProtocol {
        var frames: AsyncThrowingStream<ByteBuffer, any Error>.AsyncIterator

        public mutating func next() async throws -> ReceivedEvent? {
            guard let body = try await frames.next() else { return nil }
            let message: WireQueueEvent = try QueueClient.decode(body, method: .subscribe)
            do {
                return ReceivedEvent(seq: message.seq, event: try QueueEvent(message))
            } catch MessageError.unknownCase(field: "kind") {
                return ReceivedEvent(seq: message.seq, event: nil)
            } catch {
                throw ClientError(.internal, "the server sent a malformed event: \(error)", origin: .local)
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(frames: frames.makeAsyncIterator()) }
}

extension QueueClient {
    /// Every event with `seq > after`, then each new one as it is committed.
    public func subscribe(after seq: UInt64) throws -> EventSubscription {
        EventSubscription(frames: try stream(.subscribe, WireSubscribeRequest.with { $0.afterSeq = seq }))
    }
}
