import CSQLite

/// A cached prepared statement in use: bind, step, read columns. Borrowed from its connection,
/// which finalizes it.
struct SQLiteStatement {
    let handle: OpaquePointer
    let connection: SQLiteConnection
    /// What the caller was doing, for error messages.
    let doing: String

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: String) {
        sqlite3_bind_text(handle, index, value, -1, csqlite_transient())
    }

    func bind(_ index: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress {
                _ = sqlite3_bind_blob(handle, index, base, Int32(raw.count), csqlite_transient())
            } else {
                _ = sqlite3_bind_zeroblob(handle, index, 0)
            }
        }
    }

    /// Advances: true when a row is ready, false when done.
    func step() throws(StoreError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc:
            sqlite3_reset(handle)
            throw connection.error(rc, doing)
        }
    }

    /// Steps to the end (for statements without results).
    func run() throws(StoreError) {
        defer { reset() }
        while try step() {}
    }

    /// Calls `body` for each row, then resets.
    func forEachRow(_ body: (SQLiteStatement) throws(StoreError) -> Void) throws(StoreError) {
        defer { reset() }
        while try step() { try body(self) }
    }

    func reset() {
        sqlite3_reset(handle)
    }

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    func text(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        return String(cString: text)
    }

    func blob(_ column: Int32) -> [UInt8] {
        // The pointer first, then the length (SQLite's documented order).
        let base = sqlite3_column_blob(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let base else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: base, count: count))
    }
}
