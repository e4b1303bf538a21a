import NIOCore
import QueueCore
import QueueMessages
import Synchronization
import WireProtocol

/// The wire bodies of the last batch of events published, shared by every subscription: the
/// writer delivers one batch to each subscriber in turn, so the first one encodes it and the
/// others (a hundred displays) reuse the same buffers instead of encoding it again.
final class EncodedEvents: Sendable {
    private struct Batch {
        var firstSeq: UInt64 = 0
        var lastSeq: UInt64 = 0
        var bodies: [ByteBuffer] = []
    }

    private let last = Mutex(Batch())

    /// `WireQueueEvent` bodies of `events`, in order. A `seq` names one committed event for
    /// good, so a batch with the same first and last `seq` is the same batch.
    func bodies(for events: [QueueEvent]) -> [ByteBuffer] {
        guard let first = events.first?.seq, let lastSeq = events.last?.seq else { return [] }
        if let cached = last.withLock({ $0.firstSeq == first && $0.lastSeq == lastSeq ? $0.bodies : nil }),
            cached.count == events.count
        {
            return cached
        }
        let bodies = events.map(Self.body)
        last.withLock { $0 = Batch(firstSeq: first, lastSeq: lastSeq, bodies: bodies) }
        return bodies
    }

    static func body(_ event: QueueEvent) -> ByteBuffer {
        var body = ByteBuffer()
        try? body.writeMessage(WireQueueEvent(event))
        return body
    }
}
