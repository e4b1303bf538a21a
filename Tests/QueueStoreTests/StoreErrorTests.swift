import Testing
import QueueCore
@testable import QueueStore

/// What an admin reads when the store fails: the kind, advice, the file, SQLite's code.
@Suite struct StoreErrorTests {
    @Test(arguments: [
        (13, StoreError.Kind.diskFull, "the disk is full"),
        (8, .readOnly, "read-only"),
        (14, .cannotOpen, "cannot be opened or created"),
        (26, .notAQueueDatabase, "not an SQLite database"),
        (11, .corrupt, "restore the latest backup"),
        (5, .busy, "second server"),
        (10 | (3 << 8), .io, "input/output error"),  // SQLITE_IOERR_WRITE
    ])
    func explainsSQLiteCodes(code: Int32, kind: StoreError.Kind, advice: String) {
        let error = StoreError.sqlite(code, detail: "sqlite says", doing: "cannot save 3 events", path: "/var/lib/q.db")
        #expect(error.kind == kind)
        #expect(error.code == code)
        #expect(error.description.hasPrefix("queue database /var/lib/q.db: cannot save 3 events: "))
        #expect(error.description.contains(advice))
        #expect(error.description.contains("[sqlite says]"))
    }

    @Test func aDamagedEventIsReportedWithItsNumber() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        try dir.openStore(appending: script).close()
        let raw = try dir.raw()
        try raw.execute("UPDATE events SET body = x'ffffffff' WHERE seq = 5", "")
        raw.close()
        let store = try dir.openStore()
        defer { store.close() }
        let error = storeError { _ = try store.loadState(configuration: TestSite.configuration) }
        #expect(error?.kind == .corrupt)
        #expect(error?.message.contains("event 5 cannot be read") == true)
        let reader = try dir.openReader()
        defer { reader.close() }
        #expect(try reader.events(after: 0, limit: 4) == Array(script.events.prefix(4)))
        #expect(storeError { _ = try reader.events(after: 0, limit: 5) }?.kind == .corrupt)
    }

    @Test func aHoleInTheLogIsReported() throws {
        let dir = TemporaryDirectory()
        try dir.openStore(appending: try Script.days(1)).close()
        let raw = try dir.raw()
        try raw.execute("DELETE FROM events WHERE seq IN (7, 8)", "")
        raw.close()
        let store = try dir.openStore()
        defer { store.close() }
        let error = storeError { _ = try store.loadState(configuration: TestSite.configuration) }
        #expect(error?.kind == .corrupt)
        #expect(error?.message.contains("events 7 to 8 are missing") == true)
    }
}
