import QueueCore
@testable import QueueServer
import Testing

@Suite("QueueWriter group commit")
struct GroupCommitTests {
    /// Holds the commit of one command, piles `count` more behind it, then lets them go.
    static func pileUp(
        _ writer: QueueWriter, _ store: FlakyStore, _ commands: [QueueCommand]
    ) async throws -> [Result<CommandOutcome, BackendFailure>] {
        store.holdCommits(true)
        let first = Task { try await writer.submit(WriterSite.take("nursing")) }
        #expect(await eventually { store.held == 1 })
        let results = await withTaskGroup(of: (Int, Result<CommandOutcome, BackendFailure>).self) { group in
            for (index, command) in commands.enumerated() {
                group.addTask {
                    do throws(BackendFailure) {
                        return (index, .success(try await writer.submit(command)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            #expect(await eventually { writer.pendingJobs == commands.count })
            store.holdCommits(false)
            var results: [(Int, Result<CommandOutcome, BackendFailure>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
        _ = await first.result
        return results
    }

    @Test("submissions that arrive during a commit share the next transaction")
    func oneTransactionForMany() async throws {
        let harness = WriterHarness()
        try await harness.run { writer in
            let store = try #require(harness.store)
            let results = try await Self.pileUp(writer, store, Array(repeating: WriterSite.take(), count: 100))
            let numbers = try results.map { try #require(try $0.get().reply.ticket?.number.number) }
            #expect(Set(numbers) == Set(1...100))
            let statistics = writer.statistics
            #expect(statistics.commands == 101)
            #expect(statistics.transactions == 2)
            #expect(statistics.largestBatch == 100)
            #expect(store.appends == 2)
        }
    }

    @Test("a refused command fails only its caller; the others of its batch commit")
    func rejectedAlone() async throws {
        let harness = WriterHarness()
        try await harness.run { writer in
            let store = try #require(harness.store)
            let commands: [QueueCommand] = [
                WriterSite.take(), .callNext(desk: "nowhere", language: nil), WriterSite.take(),
                .cancel(TicketNumber(prefix: "M", number: 99)), WriterSite.take(),
            ]
            let results = try await Self.pileUp(writer, store, commands)
            #expect(throws: BackendFailure.self) { try results[1].get() }
            guard case .failure(.rejected(.unknownDesk)) = results[1] else {
                Issue.record("call-next at an unknown desk: \(results[1])")
                return
            }
            guard case .failure(.rejected(.unknownTicket)) = results[3] else {
                Issue.record("cancel of an unknown ticket: \(results[3])")
                return
            }
            for index in [0, 2, 4] { #expect(throws: Never.self) { try results[index].get() } }
            #expect(writer.statistics.transactions == 2)
            let status = await writer.status()
            #expect(status.services.first { $0.service == "medical" }?.waiting == 3)
        }
    }
}
