import QueueCore
import QueueMessages

/// The event log of one site on disk: SQLite in WAL mode with `synchronous=FULL`, written by a
/// single writer. An `append` returns only once its transaction committed, so whatever was
/// acknowledged survives a power cut; `loadState` rebuilds exactly the state that wrote it.
///
/// Owned by one writer thread at a time (`@unchecked Sendable` so it can be moved into it).
public final class QueueStore: @unchecked Sendable {
    /// As SQLite reports them after open: log them at start.
    public let settings: StoreSettings
    let connection: SQLiteConnection
    let timeZone: TimeZoneRules
    private let lock: WriterLock
    /// The sequence number of the last stored event (0 when none).
    public private(set) var lastSeq: UInt64
    private var isClosed = false

    private init(
        settings: StoreSettings, connection: SQLiteConnection, lock: WriterLock, timeZone: TimeZoneRules,
        lastSeq: UInt64
    ) {
        self.settings = settings
        self.connection = connection
        self.lock = lock
        self.timeZone = timeZone
        self.lastSeq = lastSeq
    }

    /// Opens the database at `path`, creating it or migrating it to the current schema.
    /// `timeZone` files each event under its site-local day (for reports and retention); events
    /// keep the day they were filed under if the site's zone changes later. Refused while another
    /// `QueueStore` (in this process or another) has the same database open.
    public static func open(path: String, timeZone: TimeZoneRules) throws(StoreError) -> QueueStore {
        let connection = try SQLiteConnection.open(path: path, readOnly: false)
        do {
            let lock = try WriterLock.acquire(for: path)
            let settings = try StoreSchema.prepareForWriting(connection)
            let doing = "cannot read the event log"
            let events = try connection.integer("SELECT ifnull(max(seq), 0) FROM events", doing) ?? 0
            // Retention may have pruned every event up to the snapshot.
            let snapshot = try connection.integer("SELECT ifnull(max(seq), 0) FROM snapshot", doing) ?? 0
            return QueueStore(
                settings: settings, connection: connection, lock: lock, timeZone: timeZone,
                lastSeq: UInt64(max(events, snapshot)))
        } catch {
            connection.close()
            throw error
        }
    }

    /// The connection, or an error once closed.
    func live() throws(StoreError) -> SQLiteConnection {
        guard !isClosed else { throw StoreError(.misuse, "the store is closed", path: settings.path) }
        return connection
    }

    /// Writes `events` in one transaction (`BEGIN IMMEDIATE … COMMIT`) and returns only once it
    /// committed. Their numbers must continue the log (`lastSeq + 1`, …): a gap or a duplicate
    /// is refused before anything is written. On failure nothing of the batch is stored.
    public func append(_ events: [QueueEvent]) throws(StoreError) {
        guard !events.isEmpty else { return }
        let db = try live()
        var rows: [(seq: Int64, at: Int64, day: String, body: [UInt8])] = []
        rows.reserveCapacity(events.count)
        for (offset, event) in events.enumerated() {
            let expected = lastSeq + 1 + UInt64(offset)
            guard event.seq == expected else {
                throw StoreError(
                    .misuse,
                    "event \(event.seq) does not continue the log (expected \(expected)); nothing of this batch was saved",
                    path: settings.path)
            }
            let body = try StoredRecords.encode("event \(event.seq)", path: settings.path) {
                try WireQueueEvent(event).serializedBytes()
            }
            rows.append((Int64(event.seq), event.at.millisecondsSinceEpoch, event.day(in: timeZone).description, body))
        }
        try db.transaction(immediate: true, "cannot save \(events.count) events") { () throws(StoreError) in
            let insert = try db.statement(
                "INSERT INTO events(seq, at, day, body) VALUES (?1, ?2, ?3, ?4)", "cannot save events")
            for row in rows {
                insert.bind(1, row.seq)
                insert.bind(2, row.at)
                insert.bind(3, row.day)
                insert.bind(4, row.body)
                try insert.run()
            }
        }
        lastSeq += UInt64(events.count)
    }

    /// Ends the use of the store; later calls throw. Closing loses nothing: every append has
    /// already committed.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        connection.close()
        lock.release()
    }
}
