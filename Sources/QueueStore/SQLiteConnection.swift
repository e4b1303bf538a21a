import CSQLite

/// One SQLite connection with its cache of prepared statements. Not thread-safe: its owner
/// (the writer's `QueueStore` or a `StoreReader`) uses it from one thread at a time.
final class SQLiteConnection {
    let handle: OpaquePointer
    let path: String
    private var statements: [String: OpaquePointer] = [:]
    private var closed = false

    private init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
    }

    /// Opens `path`, creating it when `readOnly` is false. Waits up to `busyTimeout` ms for locks.
    static func open(path: String, readOnly: Bool, busyTimeout: Int32 = 10_000) throws(StoreError) -> SQLiteConnection {
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let error = StoreError.sqlite(
                rc, detail: db.map { String(cString: sqlite3_errmsg($0)) }, doing: "cannot open the database",
                path: path)
            sqlite3_close_v2(db)
            throw error
        }
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeout)
        return SQLiteConnection(handle: db, path: path)
    }

    /// The error for result code `rc` of the last call on this connection.
    func error(_ rc: Int32, _ doing: String) -> StoreError {
        StoreError.sqlite(rc, detail: String(cString: sqlite3_errmsg(handle)), doing: doing, path: path)
    }

    /// Runs SQL without results (one or more statements; not cached).
    func execute(_ sql: String, _ doing: String) throws(StoreError) {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc, doing) }
    }

    /// The cached prepared statement for `sql`, reset and with its bindings cleared.
    func statement(_ sql: String, _ doing: String) throws(StoreError) -> SQLiteStatement {
        if let cached = statements[sql] {
            sqlite3_reset(cached)
            sqlite3_clear_bindings(cached)
            return SQLiteStatement(handle: cached, connection: self, doing: doing)
        }
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc, doing) }
        statements[sql] = stmt
        return SQLiteStatement(handle: stmt, connection: self, doing: doing)
    }

    /// The one integer a query such as a PRAGMA returns (nil when it returns no row).
    func integer(_ sql: String, _ doing: String) throws(StoreError) -> Int64? {
        let statement = try statement(sql, doing)
        defer { statement.reset() }
        return try statement.step() ? statement.int64(0) : nil
    }

    /// The one text a query such as a PRAGMA returns.
    func text(_ sql: String, _ doing: String) throws(StoreError) -> String? {
        let statement = try statement(sql, doing)
        defer { statement.reset() }
        return try statement.step() ? statement.text(0) : nil
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT` (a write) or `BEGIN … COMMIT` (a consistent
    /// read); rolls back and rethrows if anything fails, the commit included.
    func transaction<T>(immediate: Bool, _ doing: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN", doing)
        do {
            let result = try body()
            try execute("COMMIT", doing)
            return result
        } catch {
            rollBack()
            throw error
        }
    }

    /// Ends a failed transaction, if SQLite did not end it already.
    func rollBack() {
        if sqlite3_get_autocommit(handle) == 0 { sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
    }

    /// Page count times page size: the size of the database as SQLite sees it.
    func byteSize() throws(StoreError) -> Int64 {
        let pages = try integer("PRAGMA page_count", "cannot read the database size") ?? 0
        let size = try integer("PRAGMA page_size", "cannot read the database size") ?? 0
        return pages * size
    }

    func close() {
        guard !closed else { return }
        closed = true
        for stmt in statements.values { sqlite3_finalize(stmt) }
        statements = [:]
        sqlite3_close_v2(handle)
    }

    deinit { close() }
}

extension SQLiteConnection {
    /// Whether SQLite opened the file read-only (it does so silently for a read-only file).
    var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(sqlite3_changes64(handle)) }
}
