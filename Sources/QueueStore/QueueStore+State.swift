import QueueCore
import QueueMessages

extension QueueStore {
    /// The state the log describes: the latest snapshot, with every event after it replayed.
    /// Equal (`==`) to the state that wrote them.
    public func loadState(configuration: SiteConfiguration) throws(StoreError) -> QueueState {
        let db = try live()
        let path = settings.path
        return try db.transaction(immediate: false, "cannot read the queue") { () throws(StoreError) -> QueueState in
            var state = QueueState(configuration: configuration)
            let read = try db.statement("SELECT body FROM snapshot WHERE id = 1", "cannot read the snapshot")
            if try read.step() {
                let body = read.blob(0)
                read.reset()
                state = QueueState(configuration: configuration, snapshot: try StoredRecords.snapshot(body, path: path))
            }
            let replay = try db.statement(
                "SELECT seq, body FROM events WHERE seq > ?1 ORDER BY seq", "cannot read the event log")
            replay.bind(1, Int64(state.lastSeq))
            try replay.forEachRow { row throws(StoreError) in
                let event = try StoredRecords.event(seq: row.int64(0), body: row.blob(1), path: path)
                guard event.seq == state.lastSeq + 1 else {
                    throw StoreError(
                        .corrupt,
                        "events \(state.lastSeq + 1) to \(event.seq - 1) are missing from the log; restore the latest backup",
                        path: path)
                }
                state.apply(event)
            }
            return state
        }
    }

    /// Stores `state` as the snapshot start-up begins from (replacing the previous one). It must
    /// not be ahead of the log, nor behind the snapshot already stored.
    public func writeSnapshot(_ state: QueueState) throws(StoreError) {
        let db = try live()
        guard state.lastSeq <= lastSeq else {
            throw StoreError(
                .misuse, "a snapshot at event \(state.lastSeq) is ahead of the log (last event \(lastSeq))",
                path: settings.path)
        }
        let body = try StoredRecords.encode("the snapshot", path: settings.path) {
            try StoredSnapshot(state.snapshot).serializedBytes()
        }
        try db.transaction(immediate: true, "cannot save the snapshot") { () throws(StoreError) in
            let stored = try db.integer("SELECT ifnull(max(seq), 0) FROM snapshot", "cannot read the snapshot") ?? 0
            guard Int64(state.lastSeq) >= stored else {
                throw StoreError(
                    .misuse, "a snapshot at event \(state.lastSeq) is older than the stored one (event \(stored))",
                    path: settings.path)
            }
            let write = try db.statement(
                "INSERT OR REPLACE INTO snapshot(id, seq, body) VALUES (1, ?1, ?2)", "cannot save the snapshot")
            write.bind(1, Int64(state.lastSeq))
            write.bind(2, body)
            try write.run()
        }
    }
}
