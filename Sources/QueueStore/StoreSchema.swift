/// The tables of the store and how a file gets there: an ordered list of forward migrations
/// (step `i` takes `user_version` from `i` to `i + 1`), run in one transaction at open.
///
/// Never edit a step once released: add one. A database whose version is above
/// `StoreSchema.version` comes from a newer server and is refused.
enum StoreSchema {
    /// `PRAGMA application_id` of a queue database ("WQS1"), so another program's SQLite file is
    /// recognised as not ours.
    static let applicationID: Int64 = 0x5751_5331

    static let migrations: [[String]] = [
        // v1: the event log, the latest snapshot, the figures of pruned days.
        [
            """
            CREATE TABLE events(
                seq INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                day TEXT NOT NULL,
                body BLOB NOT NULL)
            """,
            "CREATE INDEX events_by_day ON events(day, seq)",
            """
            CREATE TABLE snapshot(
                id INTEGER PRIMARY KEY CHECK (id = 1),
                seq INTEGER NOT NULL,
                body BLOB NOT NULL)
            """,
            "CREATE TABLE day_figures(day TEXT PRIMARY KEY, body BLOB NOT NULL) WITHOUT ROWID",
        ]
    ]

    /// The schema version this server writes.
    static var version: Int { migrations.count }
}
