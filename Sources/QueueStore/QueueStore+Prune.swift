import CSQLite
import QueueCore
import QueueMessages

extension QueueStore {
    /// Retention: the days before `day` become per-day figures in `day_figures` (which reports
    /// read as if the events were there), their raw events are deleted, and the freed pages go
    /// back to the disk (incremental vacuum). Events after the latest snapshot are never
    /// deleted (start-up replays them): a day with any is left for a later pass.
    public func prune(before day: LocalDate) throws(StoreError) -> PruneSummary {
        let db = try live()
        let path = settings.path
        let bytesBefore = try db.byteSize()
        let (days, deleted) = try db.transaction(immediate: true, "cannot prune old events") {
            () throws(StoreError) -> ([LocalDate], Int) in
            let snapshotSeq = try db.integer("SELECT ifnull(max(seq), 0) FROM snapshot", "cannot read the snapshot") ?? 0
            let candidates = try db.statement(
                "SELECT day, max(seq) FROM events WHERE day < ?1 GROUP BY day ORDER BY day", "cannot list old days")
            candidates.bind(1, day.description)
            var prunable: [String] = []
            try candidates.forEachRow { row throws(StoreError) in
                if row.int64(1) <= snapshotSeq { prunable.append(row.text(0)) }
            }
            guard let first = prunable.first, let last = prunable.last else { return ([], 0) }
            let derived = try FigureQueries.derived(db, from: first, through: last, timeZone: timeZone)
            let stored = try FigureQueries.stored(db, from: first, through: last)
            var deleted = 0
            var dates: [LocalDate] = []
            for text in prunable {
                guard let date = LocalDate(text) else {
                    throw StoreError(.corrupt, "events are filed under '\(text)', which is not a date", path: path)
                }
                let fresh = derived[date] ?? DayFigures(date: date)
                let figures = stored[date].map { $0.merged(with: fresh) } ?? fresh
                let body = try StoredRecords.encode("the figures of \(text)", path: path) {
                    try StoredDayFigures(figures).serializedBytes()
                }
                let save = try db.statement(
                    "INSERT OR REPLACE INTO day_figures(day, body) VALUES (?1, ?2)", "cannot save the figures of a day")
                save.bind(1, text)
                save.bind(2, body)
                try save.run()
                let delete = try db.statement("DELETE FROM events WHERE day = ?1", "cannot delete old events")
                delete.bind(1, text)
                try delete.run()
                deleted += db.changes
                dates.append(date)
            }
            return (dates, deleted)
        }
        if deleted > 0 { try reclaimSpace(db) }
        return PruneSummary(
            daysAggregated: days, eventsDeleted: deleted, bytesBefore: bytesBefore, bytesAfter: try db.byteSize())
    }

    /// Gives free pages back to the file system, then folds the WAL into the file so it shrinks
    /// on disk too. The checkpoint is passive: it never waits for readers, and one they hold back
    /// is finished by a later one (SQLite checkpoints on its own as the WAL grows).
    func reclaimSpace(_ db: SQLiteConnection) throws(StoreError) {
        try db.execute("PRAGMA incremental_vacuum", "cannot give the freed space back")
        sqlite3_wal_checkpoint_v2(db.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
    }
}
