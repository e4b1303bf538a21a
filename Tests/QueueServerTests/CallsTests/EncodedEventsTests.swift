import NIOCore
import QueueCore
import QueueMessages
@testable import QueueServer
import Testing
import WireProtocol

@Suite("EncodedEvents")
struct EncodedEventsTests {
    static func events(_ seqs: ClosedRange<UInt64>) -> [QueueEvent] {
        seqs.map { QueueEvent(seq: $0, at: Timestamp(millisecondsSinceEpoch: Int64($0) * 1000), kind: .deskOpened("desk-1")) }
    }

    @Test("every subscriber of a batch gets the same encoded bodies, which decode to the events")
    func sharedAndFaithful() throws {
        let cache = EncodedEvents()
        let batch = Self.events(1...3)
        let first = cache.bodies(for: batch)
        let second = cache.bodies(for: batch)
        #expect(first == second)
        // The same storage, not an equal copy: the second subscriber did not encode again.
        for (a, b) in zip(first, second) {
            a.withUnsafeReadableBytes { pa in
                b.withUnsafeReadableBytes { pb in #expect(pa.baseAddress == pb.baseAddress) }
            }
        }
        let decoded = try first.map { try QueueEvent(WireQueueEvent(decoding: $0.readableBytesSpan)) }
        #expect(decoded == batch)
    }

    @Test("a different batch is encoded for itself")
    func otherBatches() throws {
        let cache = EncodedEvents()
        _ = cache.bodies(for: Self.events(1...3))
        let next = cache.bodies(for: Self.events(4...5))
        let decoded = try next.map { try QueueEvent(WireQueueEvent(decoding: $0.readableBytesSpan)) }
        #expect(decoded.map(\.seq) == [4, 5])
        #expect(cache.bodies(for: []).isEmpty)
    }
}
