import QueueCore
@testable import QueueServer
import Testing

@Suite("QueueWriter shutdown")
struct ShutdownTests {
    @Test("shutdown commits what was pending, then refuses work and ends subscriptions")
    func drains() async throws {
        let harness = WriterHarness()
        defer { harness.directory.remove() }
        let writer = try harness.open()
        let store = try #require(harness.store)
        let subscriber = CollectingSubscriber()
        _ = try await writer.subscribe(subscriber, after: 0)

        store.holdCommits(true)
        let first = Task { try await writer.submit(WriterSite.take()) }
        #expect(await eventually { store.held == 1 })
        let submissions = [first] + (0..<19).map { _ in Task { try await writer.submit(WriterSite.take()) } }
        #expect(await eventually { writer.pendingJobs == 19 })
        let stopping = Task { await writer.shutdown() }
        #expect(await eventually { writer.pendingJobs == 20 })
        store.holdCommits(false)
        for submission in submissions { _ = try await submission.value }
        await stopping.value

        await #expect(throws: BackendFailure.shuttingDown) { _ = try await writer.submit(WriterSite.take()) }
        await #expect(throws: BackendFailure.shuttingDown) { try await writer.reconfigure(WriterSite.configuration) }
        await #expect(throws: BackendFailure.shuttingDown) {
            _ = try await writer.subscribe(CollectingSubscriber(), after: nil)
        }
        #expect(subscriber.finished == .shuttingDown)
        #expect(subscriber.seqs.count == 21)
        #expect(!subscriber.receivedAfterFinish)
        #expect(await writer.health().isHealthy == false)
        await writer.shutdown()  // a second call does nothing

        let reopened = try harness.open()
        #expect(await reopened.status().services.first?.waiting == 20)
        await reopened.shutdown()
    }
}
