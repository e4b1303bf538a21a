import CSQLite

/// The yardstick for durable writes: one-row transactions (`BEGIN IMMEDIATE; INSERT; COMMIT`)
/// in WAL mode with `synchronous=FULL`, one after another, in a file in the same directory as
/// the server's database. A server without group commit cannot beat this rate; one with it
/// should, under concurrency.
enum SQLiteBaseline {
    static func run(directory: String, duration: Duration) throws -> ClosedLoop.Outcome {
        let path = directory + "/baseline.db"
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let db = handle else {
            throw BenchError("cannot open \(path)")
        }
        defer { sqlite3_close_v2(db) }
        func exec(_ sql: String) throws {
            guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
                throw BenchError("\(sql): \(String(cString: sqlite3_errmsg(db)))")
            }
        }
        try exec("PRAGMA journal_mode=WAL")
        try exec("PRAGMA synchronous=FULL")
        try exec("CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, body BLOB NOT NULL)")
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "INSERT INTO events(at, body) VALUES(?, ?)", -1, &statement, nil) == SQLITE_OK else {
            throw BenchError("prepare: \(String(cString: sqlite3_errmsg(db)))")
        }
        defer { sqlite3_finalize(statement) }
        // About the size of a ticket_issued event.
        let body = [UInt8](repeating: 0x5A, count: 96)
        var latencies: [UInt64] = []
        let start = MonotonicClock.now()
        let deadline = start + UInt64(duration.milliseconds * 1e6)
        while MonotonicClock.now() < deadline {
            let began = MonotonicClock.now()
            try exec("BEGIN IMMEDIATE")
            sqlite3_bind_int64(statement, 1, Int64(began))
            _ = body.withUnsafeBytes { sqlite3_bind_blob(statement, 2, $0.baseAddress, Int32($0.count), csqlite_transient()) }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw BenchError("insert: \(String(cString: sqlite3_errmsg(db)))") }
            sqlite3_reset(statement)
            try exec("COMMIT")
            latencies.append(MonotonicClock.now() - began)
        }
        return ClosedLoop.Outcome(latencies: latencies, failures: 0, firstFailure: nil, seconds: MonotonicClock.seconds(since: start))
    }
}
