import Testing
import QueueCore
@testable import QueueStore

/// Reopening rebuilds exactly the state that wrote the log: same queue order, same next numbers.
@Suite struct StoreReplayTests {
    @Test func reopeningRebuildsTheSameState() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(2)
        let store = try dir.openStore(appending: script)
        #expect(store.lastSeq == script.state.lastSeq)
        store.close()

        let reopened = try dir.openStore()
        defer { reopened.close() }
        #expect(reopened.lastSeq == script.state.lastSeq)
        let loaded = try reopened.loadState(configuration: TestSite.configuration)
        #expect(loaded == script.state)
        let now = TestSite.at(9, 30, on: TestSite.monday.adding(days: 2))
        for service in ["medical", "nursing", "psy"] as [ServiceID] {
            #expect(loaded.waitingTickets(in: service, at: now) == script.state.waitingTickets(in: service, at: now))
        }
        #expect(loaded.nextTicketID == script.state.nextTicketID)
    }

    @Test func theRebuiltStateIssuesTheSameNextTicket() throws {
        let dir = TemporaryDirectory()
        var script = try Script.days(1)
        let store = try dir.openStore(appending: script)
        store.close()

        let reopened = try dir.openStore()
        defer { reopened.close() }
        var loaded = try reopened.loadState(configuration: TestSite.configuration)
        let time = TestSite.at(10, 0, on: TestSite.monday.adding(days: 1))
        let command = QueueCommand.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil)
        let (fromDisk, diskEvents) = try loaded.execute(command, at: time)
        let original = try script.run(command, at: time)
        #expect(fromDisk.ticket?.number == original.ticket?.number)
        #expect(fromDisk.ticket?.id == original.ticket?.id)
        #expect(diskEvents == script.batches.last)
        try reopened.append(diskEvents)
        #expect(reopened.lastSeq == loaded.lastSeq)
    }

    @Test(arguments: [1, 17, 40])
    func aSnapshotInTheMiddleReplaysOnlyWhatFollows(snapshotAfter batchCount: Int) throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(2)
        let store = try dir.openStore()
        var state = QueueState(configuration: TestSite.configuration)
        for (index, batch) in script.batches.enumerated() {
            try store.append(batch)
            for event in batch { state.apply(event) }
            if index + 1 == batchCount { try store.writeSnapshot(state) }
        }
        store.close()

        let reopened = try dir.openStore()
        defer { reopened.close() }
        #expect(try reopened.loadState(configuration: TestSite.configuration) == script.state)
    }

    @Test func aSnapshotOfTheWholeLogNeedsNoReplay() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        let store = try dir.openStore(appending: script)
        try store.writeSnapshot(script.state)
        store.close()
        let reopened = try dir.openStore()
        defer { reopened.close() }
        #expect(try reopened.loadState(configuration: TestSite.configuration) == script.state)
    }

    @Test func aSnapshotMayNotRunAheadOfTheLogNorGoBack() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        let store = try dir.openStore()
        defer { store.close() }
        let ahead = storeError { try store.writeSnapshot(script.state) }
        #expect(ahead?.kind == .misuse)
        #expect(ahead?.message.contains("ahead of the log") == true)

        try store.append(batches: script.batches)
        try store.writeSnapshot(script.state)
        let older = storeError { try store.writeSnapshot(QueueState(configuration: TestSite.configuration)) }
        #expect(older?.kind == .misuse)
        #expect(try store.loadState(configuration: TestSite.configuration) == script.state)
    }

    @Test func appendingNothingDoesNothing() throws {
        let dir = TemporaryDirectory()
        let store = try dir.openStore()
        defer { store.close() }
        try store.append([])
        #expect(store.lastSeq == 0)
        let raw = try dir.raw()
        defer { raw.close() }
        #expect(try raw.integer("SELECT count(*) FROM events", "") == 0)
    }

    @Test func eventsAreStoredWithTheirNumberTimeAndDay() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        let store = try dir.openStore(appending: script)
        store.close()
        let raw = try dir.raw()
        defer { raw.close() }
        let first = script.events[0]
        let row = try raw.statement("SELECT seq, at, day, typeof(seq), typeof(at) FROM events ORDER BY seq LIMIT 1", "")
        #expect(try row.step())
        #expect(row.int64(0) == Int64(first.seq))
        #expect(row.int64(1) == first.at.millisecondsSinceEpoch)
        #expect(row.text(2) == "2026-11-23")
        #expect(row.text(3) == "integer")
        #expect(row.text(4) == "integer")
        row.reset()
        // The rollover settles Monday's leftovers on Tuesday (two waiting, one called): filed
        // under Monday, their day.
        let settled = try raw.integer(
            "SELECT count(*) FROM events WHERE day = '2026-11-23' AND at >= \(TestSite.at(0, 0, on: TestSite.monday.adding(days: 1)).millisecondsSinceEpoch)",
            "")
        #expect(settled == 3)
    }
}
