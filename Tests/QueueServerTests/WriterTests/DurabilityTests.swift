import QueueCore
@testable import QueueServer
import Testing

@Suite("QueueWriter durability")
struct DurabilityTests {
    @Test("an acknowledged ticket is there, with its number, in a writer opened after a crash")
    func acknowledgedIsDurable() async throws {
        let harness = WriterHarness()
        defer { harness.directory.remove() }
        let first = try harness.open()
        var numbers: [String] = []
        for _ in 0..<3 {
            let outcome = try await first.submit(WriterSite.take())
            numbers.append(try #require(outcome.reply.ticket).number.description)
            #expect(outcome.events.last?.seq == first.statistics.events.asSeq)
        }
        #expect(numbers == ["M-001", "M-002", "M-003"])
        // No snapshot at shutdown: the next writer must rebuild everything from the events.
        harness.store?.skipSnapshots(true)
        await first.shutdown()

        let second = try harness.open()
        let status = await second.status()
        #expect(status.services.first { $0.service == "medical" }?.waiting == 3)
        let waiting = await second.waiting(services: ["medical"])
        #expect(waiting.lines.first?.tickets.map(\.number.description) == numbers)
        let next = try await second.submit(WriterSite.take())
        #expect(next.reply.ticket?.number.description == "M-004")
        await second.shutdown()
    }

    @Test("a state written as a snapshot at shutdown reopens equal")
    func snapshotAtShutdown() async throws {
        let harness = WriterHarness()
        defer { harness.directory.remove() }
        let first = try harness.open()
        _ = try await first.submit(.openDesk("desk-1"))
        _ = try await first.submit(WriterSite.take())
        _ = try await first.submit(.callNext(desk: "desk-1", language: nil))
        let before = await first.committedState
        // The day's first command already took one (after the rollover); shutdown takes another.
        let snapshotsBefore = first.statistics.snapshots
        await first.shutdown()
        #expect(first.statistics.snapshots == snapshotsBefore + 1)

        let second = try harness.open()
        #expect(await second.committedState == before)
        await second.shutdown()
    }

    @Test("a snapshot every interval of events")
    func periodicSnapshots() async throws {
        let harness = WriterHarness()
        harness.options.snapshotInterval = 10
        try await harness.run { writer in
            for _ in 0..<25 { _ = try await writer.submit(WriterSite.take()) }
            // 26 events (the day started, then 25 tickets): snapshots after 10 and 20, and at the
            // rollover that began the day.
            #expect(writer.statistics.events == 26)
            #expect(writer.statistics.snapshots == 3)
        }
    }

    @Test("on a big day, snapshots come every half day's tickets of events, not every interval")
    func snapshotsSpreadOnABigDay() async throws {
        let harness = WriterHarness()
        harness.options.snapshotInterval = 10
        defer { harness.directory.remove() }
        let writer = try harness.open()
        for _ in 0..<99 { _ = try await writer.submit(WriterSite.take()) }
        // 100 events: snapshots at the rollover (1 ticket), then at 11, 21, 41 and 81 tickets:
        // five, where a fixed interval of 10 would take ten.
        #expect(writer.statistics.events == 100)
        #expect(writer.statistics.snapshots == 5)
        let before = await writer.committedState
        harness.store?.skipSnapshots(true)
        await writer.shutdown()
        // Without the shutdown's snapshot, the start replays the 18 events after the last one.
        let reopened = try harness.open()
        #expect(await reopened.committedState == before)
        await reopened.shutdown()
    }

    @Test("open logs the store settings as SQLite reports them")
    func openLogsSettings() async throws {
        let harness = WriterHarness()
        try await harness.run { _ in
            let line = try #require(harness.logs.all.first { $0.contains("queue store opened") })
            #expect(line.contains("journal_mode=wal"))
            #expect(line.contains("synchronous=FULL"))
            #expect(line.hasPrefix("info"))
        }
    }

    @Test("a retention under one day is refused")
    func badRetention() throws {
        let harness = WriterHarness()
        defer { harness.directory.remove() }
        harness.retentionDays = 0
        #expect(throws: BackendFailure.self) { _ = try harness.open() }
    }
}

extension Int {
    var asSeq: UInt64 { UInt64(self) }
}
