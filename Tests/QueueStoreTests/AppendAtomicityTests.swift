import Testing
import QueueCore
@testable import QueueStore

/// A batch is stored whole or not at all, and the log takes no gap nor duplicate.
@Suite struct AppendAtomicityTests {
    @Test func aBatchWithABadNumberLeavesNothing() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        let store = try dir.openStore()
        defer { store.close() }
        try store.append(script.batches[0])
        let good = script.batches[1]
        let next = good[0].seq
        let gap = good + [QueueEvent(seq: next + UInt64(good.count) + 1, at: good[0].at, kind: .deskOpened("psy"))]
        let duplicate = [good[0], good[0]]
        let replayed = script.batches[0]
        for batch in [gap, duplicate, replayed] {
            let error = storeError { try store.append(batch) }
            #expect(error?.kind == .misuse)
            #expect(error?.message.contains("nothing of this batch was saved") == true)
            #expect(store.lastSeq == UInt64(script.batches[0].count))
        }
        let reader = try dir.openReader()
        defer { reader.close() }
        #expect(try reader.events(after: 0, limit: 1_000) == script.batches[0])
        try store.append(good)
        #expect(try reader.events(after: 0, limit: 1_000) == script.batches[0] + good)
    }

    @Test func aFullDiskRollsTheWholeBatchBack() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(3)
        let store = try dir.openStore()
        defer { store.close() }
        try store.append(batches: Array(script.batches.prefix(5)))
        let before = store.lastSeq
        // No room to grow: the next pages cannot be allocated, as on a full disk.
        let pages = try store.connection.integer("PRAGMA page_count", "")!
        #expect(try store.connection.integer("PRAGMA max_page_count = \(pages)", "") == pages)
        let big = Array(script.batches.dropFirst(5)).flatMap { $0 }
        let error = storeError { try store.append(big) }
        #expect(error?.kind == .diskFull)
        #expect(error?.description.contains("the disk is full") == true)
        #expect(error?.description.contains(dir.database) == true)
        #expect(error?.code.map { $0 & 0xff } == 13)  // SQLITE_FULL
        #expect(store.lastSeq == before)
        #expect(try store.connection.integer("SELECT count(*) FROM events", "") == Int64(before))

        // Once space is back, the same batch goes in and the state is whole.
        _ = try store.connection.integer("PRAGMA max_page_count = 1000000", "")
        try store.append(big)
        #expect(try store.loadState(configuration: TestSite.configuration) == script.state)
    }

    @Test func theStoreLastNumberFollowsTheLog() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        let store = try dir.openStore(appending: script)
        #expect(store.lastSeq == script.events.last?.seq)
        store.close()
        let reopened = try dir.openStore()
        defer { reopened.close() }
        #expect(reopened.lastSeq == script.events.last?.seq)
        let stale = storeError { try reopened.append(script.batches.last!) }
        #expect(stale?.kind == .misuse)
    }
}
