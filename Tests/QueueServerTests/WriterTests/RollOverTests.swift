import QueueCore
@testable import QueueServer
import Testing

@Suite("QueueWriter midnight and retention")
struct RollOverTests {
    @Test("shortly after midnight the timer starts the new day: leftovers closed, snapshot written")
    func midnight() async throws {
        let harness = WriterHarness(time: "23:58")
        harness.options.midnightCheck = .milliseconds(20)
        try await harness.run { writer in
            let subscriber = CollectingSubscriber()
            _ = try await writer.subscribe(subscriber, after: 0)
            let ticket = try await writer.submit(WriterSite.take())
            #expect(await writer.status().day == WriterSite.monday)
            // The day's first command starts the day; its snapshot is written just after the reply.
            #expect(await eventually { writer.statistics.snapshots == 1 })
            let snapshots = writer.statistics.snapshots

            harness.clock.set(WriterSite.instant(WriterSite.monday.adding(days: 1), "00:00:05"))
            let tuesday = WriterSite.monday.adding(days: 1)
            #expect(await eventually { subscriber.events.contains { $0.kind == .dayStarted(tuesday) } })
            #expect(await writer.status().day == tuesday)
            let closed = subscriber.events.compactMap { event -> Ticket? in
                if case .ticketCancelled(let ticket) = event.kind { ticket } else { nil }
            }
            #expect(closed.map(\.id) == [try #require(ticket.reply.ticket).id])
            #expect(await eventually { writer.statistics.snapshots == snapshots + 1 })
            // The next ticket of the new day is number one again.
            #expect(try await writer.submit(WriterSite.take()).reply.ticket?.number.number == 1)
        }
    }

    @Test("a writer started on a later day rolls over at once")
    func rollOverAtStart() async throws {
        let harness = WriterHarness()
        defer { harness.directory.remove() }
        let first = try harness.open()
        _ = try await first.submit(WriterSite.take())
        await first.shutdown()

        harness.clock.set(WriterSite.instant(WriterSite.monday.adding(days: 2), "08:00"))
        let second = try harness.open()
        #expect(await eventually { await second.committedState.day == WriterSite.monday.adding(days: 2) })
        await second.shutdown()
    }

    @Test("a start days after the last one applies the retention, as the writer's first job")
    func retentionAtStart() async throws {
        let harness = WriterHarness()
        harness.retentionDays = 1
        defer { harness.directory.remove() }
        let first = try harness.open()
        for _ in 0..<3 { _ = try await first.submit(WriterSite.take()) }
        await first.shutdown()

        harness.clock.set(WriterSite.instant(WriterSite.monday.adding(days: 3), "09:00"))
        let second = try harness.open()
        // Not before open returns (READY is not held back by it), but before any command.
        let ticket = try await second.submit(WriterSite.take())
        #expect(ticket.reply.ticket?.number.number == 1)
        let lines = harness.logs.all.filter { $0.contains("retention applied") }
        #expect(lines.contains { $0.contains("of 1 days") }, "\(lines)")
        let report = try await second.report(from: WriterSite.monday, through: WriterSite.monday)
        #expect(report.totalTickets == 3)
        await second.shutdown()
    }

    @Test("retention prunes old days: resuming there is refused, their report stays")
    func retention() async throws {
        let harness = WriterHarness()
        harness.retentionDays = 1
        harness.options.ringCapacity = 2
        harness.options.midnightCheck = .milliseconds(20)
        try await harness.run { writer in
            for _ in 0..<4 { _ = try await writer.submit(WriterSite.take()) }
            let monday = WriterSite.monday
            // Wednesday: Monday is past the one-day retention.
            harness.clock.set(WriterSite.instant(monday.adding(days: 2), "09:00"))
            _ = try await writer.submit(.rollOver)
            let pruned = harness.logs.all.contains { $0.contains("retention applied") }
            #expect(pruned)
            _ = try await writer.submit(WriterSite.take())
            _ = try await writer.submit(WriterSite.take())
            do throws(BackendFailure) {
                _ = try await writer.subscribe(CollectingSubscriber(), after: 0)
                Issue.record("resumed from pruned events")
            } catch {
                guard case .cannotResume(let first) = error else {
                    Issue.record("expected cannotResume, got \(error)")
                    return
                }
                #expect(first > 5)
            }
            let report = try await writer.report(from: monday, through: monday)
            #expect(report.totalTickets == 4)
        }
    }
}
