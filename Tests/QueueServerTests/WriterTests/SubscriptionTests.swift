import QueueCore
@testable import QueueServer
import Testing

@Suite("QueueWriter subscriptions")
struct SubscriptionTests {
    /// Takes `count` tickets one by one; returns the last seq.
    @discardableResult
    static func take(_ count: Int, on writer: QueueWriter) async throws -> UInt64 {
        var last: UInt64 = 0
        for _ in 0..<count { last = try await writer.submit(WriterSite.take()).events.last!.seq }
        return last
    }

    @Test("resuming from memory, from the store, and live: every event once, in order")
    func resumeFromMemoryAndStore() async throws {
        let harness = WriterHarness()
        harness.options.ringCapacity = 8
        try await harness.run { writer in
            let last = try await Self.take(30, on: writer)  // seq 1 is the day's start
            let recent = CollectingSubscriber()
            let old = CollectingSubscriber()
            let live = CollectingSubscriber()
            _ = try await writer.subscribe(recent, after: last - 3)
            _ = try await writer.subscribe(old, after: 2)
            _ = try await writer.subscribe(live, after: nil)
            let end = try await Self.take(10, on: writer)
            for subscriber in [recent, old, live] { #expect(await subscriber.waitFor(seq: end)) }
            #expect(recent.seqs == Array((last - 2)...end))
            #expect(old.seqs == Array(3...end))
            #expect(live.seqs == Array((last + 1)...end))
        }
    }

    @Test("resuming from far back while tickets keep coming loses and repeats nothing")
    func resumeUnderLoad() async throws {
        let harness = WriterHarness()
        harness.options.ringCapacity = 16
        try await harness.run { writer in
            try await Self.take(300, on: writer)
            let writing = Task { try await Self.take(200, on: writer) }
            let subscribers = (0..<5).map { _ in CollectingSubscriber() }
            for (index, subscriber) in subscribers.enumerated() {
                _ = try await writer.subscribe(subscriber, after: UInt64(index * 50))
            }
            let end = try await writing.value
            for (index, subscriber) in subscribers.enumerated() {
                #expect(await subscriber.waitFor(seq: end))
                #expect(subscriber.seqs == Array(UInt64(index * 50 + 1)...end))
            }
        }
    }

    @Test("a seq past the last event cannot be resumed")
    func ahead() async throws {
        let harness = WriterHarness()
        try await harness.run { writer in
            let last = try await Self.take(2, on: writer)
            await #expect(throws: BackendFailure.cannotResume(firstAvailable: last + 1)) {
                _ = try await writer.subscribe(CollectingSubscriber(), after: last + 5)
            }
            #expect(writer.subscriberCount == 0)
        }
    }

    @Test("after unsubscribe nothing more is delivered")
    func unsubscribe() async throws {
        let harness = WriterHarness()
        try await harness.run { writer in
            let gone = CollectingSubscriber()
            let stays = CollectingSubscriber()
            let id = try await writer.subscribe(gone, after: 0)
            _ = try await writer.subscribe(stays, after: 0)
            let first = try await Self.take(1, on: writer)
            #expect(await gone.waitFor(seq: first))
            writer.unsubscribe(id)
            writer.unsubscribe(SubscriptionID(999))
            let end = try await Self.take(3, on: writer)
            #expect(await stays.waitFor(seq: end))
            #expect(gone.seqs == Array(1...first))
            #expect(writer.subscriberCount == 1)
        }
    }

    @Test("a thousand subscribers all receive every event in order")
    func thousandSubscribers() async throws {
        let harness = WriterHarness()
        try await harness.run { writer in
            let subscribers = (0..<1000).map { _ in CollectingSubscriber() }
            for subscriber in subscribers { _ = try await writer.subscribe(subscriber, after: 0) }
            #expect(writer.subscriberCount == 1000)
            let last = try await withThrowingTaskGroup(of: UInt64.self) { group in
                for index in 0..<50 {
                    group.addTask { try await writer.submit(WriterSite.take(index.isMultiple(of: 2) ? "medical" : "nursing")).events.last!.seq }
                }
                return try await group.reduce(0) { max($0, $1) }
            }
            for subscriber in subscribers {
                #expect(await subscriber.waitFor(seq: last))
                #expect(subscriber.seqs == Array(1...last))
            }
        }
    }
}
