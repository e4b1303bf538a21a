import Testing
import QueueCore
@testable import QueueStore

/// Retention: old days become stored figures, reports do not change, the file shrinks.
@Suite struct PruneTests {
    /// Three days written with a snapshot at the end, as the server has them after a while.
    func threeDays(_ dir: TemporaryDirectory) throws -> (QueueStore, Script) {
        let script = try Script.days(3)
        let store = try dir.openStore(appending: script)
        try store.writeSnapshot(script.state)
        return (store, script)
    }

    @Test func storedFiguresMatchTheFiguresBeforePruning() throws {
        let dir = TemporaryDirectory()
        let (store, script) = try threeDays(dir)
        defer { store.close() }
        let reader = try dir.openReader()
        defer { reader.close() }
        let (from, through) = (TestSite.monday.adding(days: -1), TestSite.monday.adding(days: 10))
        let before = try reader.dayFigures(from: from, through: through)
        #expect(before.count == 4)

        let summary = try store.prune(before: TestSite.monday.adding(days: 2))
        #expect(summary.daysAggregated == [TestSite.monday, TestSite.monday.adding(days: 1)])
        let mondayAndTuesday = script.events.filter { $0.day(in: TestSite.zone) < TestSite.monday.adding(days: 2) }
        #expect(summary.eventsDeleted == mondayAndTuesday.count)
        #expect(try reader.dayFigures(from: from, through: through) == before)
        #expect(
            PeriodReport(from: from, through: through, days: try reader.dayFigures(from: from, through: through))
                == PeriodReport(from: from, through: through, days: before))
        #expect(try reader.firstRetainedSeq() == mondayAndTuesday.map(\.seq).max()! + 1)

        // A second pass over the same days finds nothing more to do.
        let again = try store.prune(before: TestSite.monday.adding(days: 2))
        #expect(again.daysAggregated.isEmpty && again.eventsDeleted == 0)
        #expect(try reader.dayFigures(from: from, through: through) == before)
    }

    @Test func theStateIsTheSameAfterPruning() throws {
        let dir = TemporaryDirectory()
        let (store, script) = try threeDays(dir)
        _ = try store.prune(before: TestSite.monday.adding(days: 3))
        store.close()
        let reopened = try dir.openStore()
        #expect(try reopened.loadState(configuration: TestSite.configuration) == script.state)
        reopened.close()
        let reader = try dir.openReader()
        defer { reader.close() }
        // Thursday's start and first ticket are all that is left.
        #expect(try reader.firstRetainedSeq() == script.state.lastSeq - 1)
    }

    @Test func numberingGoesOnWhenEveryEventWasPruned() throws {
        let dir = TemporaryDirectory()
        let (store, script) = try threeDays(dir)
        let summary = try store.prune(before: TestSite.monday.adding(days: 4))
        #expect(summary.eventsDeleted == script.events.count)
        store.close()
        let reopened = try dir.openStore()
        defer { reopened.close() }
        #expect(reopened.lastSeq == script.state.lastSeq)
        #expect(try reopened.loadState(configuration: TestSite.configuration) == script.state)
        let reader = try dir.openReader()
        defer { reader.close() }
        #expect(try reader.firstRetainedSeq() == nil)
        let stale = storeError { try reopened.append([script.events.last!]) }
        #expect(stale?.kind == .misuse)
    }

    @Test func neverDeletesEventsAfterTheSnapshot() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(3)
        let store = try dir.openStore()
        defer { store.close() }
        let tuesday = TestSite.monday.adding(days: 1)
        let middleOfTuesday = script.events.first { $0.day(in: TestSite.zone) == tuesday }!.seq + 10
        var state = QueueState(configuration: TestSite.configuration)
        var snapshotSeq: UInt64?
        for batch in script.batches {
            try store.append(batch)
            for event in batch { state.apply(event) }
            if snapshotSeq == nil && state.lastSeq >= middleOfTuesday {
                try store.writeSnapshot(state)
                snapshotSeq = state.lastSeq
            }
        }
        let summary = try store.prune(before: TestSite.monday.adding(days: 3))
        #expect(summary.daysAggregated == [TestSite.monday])
        #expect(try store.loadState(configuration: TestSite.configuration) == script.state)
        let reader = try dir.openReader()
        defer { reader.close() }
        #expect(try reader.firstRetainedSeq()! <= snapshotSeq! + 1)
        #expect(try reader.events(after: snapshotSeq!, limit: 10_000) == script.events.filter { $0.seq > snapshotSeq! })
    }

    @Test func withoutASnapshotNothingIsPruned() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(2)
        let store = try dir.openStore(appending: script)
        defer { store.close() }
        let summary = try store.prune(before: TestSite.monday.adding(days: 30))
        #expect(summary.eventsDeleted == 0)
        #expect(try store.loadState(configuration: TestSite.configuration) == script.state)
    }

    @Test func theFileShrinksBack() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(30)
        let store = try dir.openStore(appending: script)
        defer { store.close() }
        try store.writeSnapshot(script.state)
        let pagesBefore = try store.connection.integer("PRAGMA page_count", "")!
        let summary = try store.prune(before: TestSite.monday.adding(days: 29))
        #expect(summary.daysAggregated.count == 29)
        #expect(summary.bytesAfter < summary.bytesBefore / 2, "\(summary)")
        let pagesAfter = try store.connection.integer("PRAGMA page_count", "")!
        #expect(pagesAfter < pagesBefore / 2)
        #expect(try store.connection.integer("PRAGMA freelist_count", "") == 0)
        #expect(Int64(Files.size(dir.database)) == summary.bytesAfter, "the checkpoint should have shrunk the file")
        #expect(summary.description.contains("29 days"))
    }
}
