import QueueCore
@testable import QueueServer
import Testing

@Suite("QueueWriter commit failure")
struct CommitFailureTests {
    @Test("a failed commit rolls memory back, fails its whole batch, and later batches work again")
    func rollsBack() async throws {
        let harness = WriterHarness()
        try await harness.run { writer in
            let store = try #require(harness.store)
            let subscriber = CollectingSubscriber()
            _ = try await writer.subscribe(subscriber, after: 0)
            _ = try await writer.submit(WriterSite.take())
            _ = try await writer.submit(WriterSite.take())
            let before = await writer.committedState

            store.failCommits(true)
            let results = try await GroupCommitTests.pileUp(
                writer, store, [WriterSite.take(), WriterSite.take(), .callNext(desk: "nowhere", language: nil)])
            for result in results {
                guard case .failure(.storageFailed(let message)) = result else {
                    Issue.record("expected a storage failure, got \(result)")
                    continue
                }
                #expect(message.contains("full"))
            }
            #expect(await writer.committedState == before)
            let sick = await writer.health()
            #expect(!sick.isHealthy)
            #expect(sick.problem?.contains("full") == true)
            #expect(harness.logs.all.contains { $0.hasPrefix("error commit failed") })

            // The disk was freed: numbering goes on from the last committed ticket.
            store.failCommits(false)
            let next = try await writer.submit(WriterSite.take())
            #expect(next.reply.ticket?.number.description == "M-003")
            #expect(await writer.health().isHealthy)
            #expect(await subscriber.waitFor(seq: next.events.last!.seq))
            #expect(subscriber.seqs == Array(1...next.events.last!.seq))
            #expect(writer.statistics.failedCommits == 2)
        }
    }

    @Test("a commit that hangs makes the writer unhealthy until it returns")
    func stuckCommit() async throws {
        let harness = WriterHarness()
        harness.options.stuckCommit = .milliseconds(50)
        try await harness.run { writer in
            let store = try #require(harness.store)
            store.holdCommits(true)
            let held = Task { try await writer.submit(WriterSite.take()) }
            #expect(await eventually { store.held == 1 })
            #expect(await eventually { await writer.health().problem?.contains("running for") == true })
            store.holdCommits(false)
            _ = try await held.value
            #expect(await writer.health().isHealthy)
        }
    }
}
