import QueueCore

/// A separate read-only connection to the store (WAL lets it read while the writer writes), for
/// subscribers catching up, reports and backups. Used by one thread at a time.
public final class StoreReader: @unchecked Sendable {
    public let path: String
    let connection: SQLiteConnection
    let timeZone: TimeZoneRules
    private var isClosed = false

    private init(path: String, connection: SQLiteConnection, timeZone: TimeZoneRules) {
        self.path = path
        self.connection = connection
        self.timeZone = timeZone
    }

    /// Opens an existing queue database for reading; `timeZone` is the site's, for figures.
    public static func open(path: String, timeZone: TimeZoneRules) throws(StoreError) -> StoreReader {
        let connection = try SQLiteConnection.open(path: path, readOnly: true)
        do {
            try StoreSchema.checkForReading(connection)
        } catch {
            connection.close()
            throw error
        }
        return StoreReader(path: path, connection: connection, timeZone: timeZone)
    }

    func live() throws(StoreError) -> SQLiteConnection {
        guard !isClosed else { throw StoreError(.misuse, "the reader is closed", path: path) }
        return connection
    }

    /// Up to `limit` events numbered after `seq`, in order (as committed so far).
    public func events(after seq: UInt64, limit: Int) throws(StoreError) -> [QueueEvent] {
        let db = try live()
        guard limit > 0 else { return [] }
        let query = try db.statement(
            "SELECT seq, body FROM events WHERE seq > ?1 ORDER BY seq LIMIT ?2", "cannot read events")
        query.bind(1, Int64(clamping: seq))
        query.bind(2, Int64(limit))
        var events: [QueueEvent] = []
        try query.forEachRow { row throws(StoreError) in
            events.append(try StoredRecords.event(seq: row.int64(0), body: row.blob(1), path: path))
        }
        return events
    }

    /// The smallest sequence number still stored (older ones were pruned), nil when none.
    public func firstRetainedSeq() throws(StoreError) -> UInt64? {
        let db = try live()
        let query = try db.statement("SELECT min(seq) FROM events", "cannot read the event log")
        defer { query.reset() }
        guard try query.step(), !query.isNull(0) else { return nil }
        return UInt64(query.int64(0))
    }

    /// The figures of each day `from...through` that has any: stored for pruned days, derived
    /// from the events for the others, read in one transaction so a prune running meanwhile
    /// changes nothing. The same figures before and after pruning.
    public func dayFigures(from: LocalDate, through: LocalDate) throws(StoreError) -> [DayFigures] {
        let db = try live()
        return try db.transaction(immediate: false, "cannot read figures") { () throws(StoreError) in
            try FigureQueries.all(db, from: from, through: through, timeZone: timeZone)
        }
    }

    public func close() {
        guard !isClosed else { return }
        isClosed = true
        connection.close()
    }
}
