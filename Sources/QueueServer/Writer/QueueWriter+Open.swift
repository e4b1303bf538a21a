import Logging
import QueueCore
import QueueStore

extension QueueWriter {
    /// Opens (or creates) the database at `databasePath`, rebuilds the state from its snapshot
    /// and events, and starts the writer thread (whose first job applies the retention once)
    /// and the midnight timer. `retentionDays` nil keeps every event.
    public static func open(
        databasePath: String, configuration: SiteConfiguration, retentionDays: Int?,
        clock: @escaping @Sendable () -> Timestamp = SystemClock.now, logger: Logger
    ) throws(BackendFailure) -> QueueWriter {
        try open(
            databasePath: databasePath, configuration: configuration, retentionDays: retentionDays, clock: clock,
            logger: logger, options: Options())
    }

    static func open(
        databasePath: String, configuration: SiteConfiguration, retentionDays: Int?,
        clock: @escaping @Sendable () -> Timestamp, logger: Logger, options: Options,
        wrap: (QueueStore) -> any WriterStore = { $0 }
    ) throws(BackendFailure) -> QueueWriter {
        if let retentionDays, retentionDays < 1 {
            throw .invalidArgument("the retention must be at least 1 day, not \(retentionDays)")
        }
        let started = ContinuousClock.now
        let store = try storage { () throws(StoreError) in
            try QueueStore.open(path: databasePath, timeZone: configuration.timeZone)
        }
        let state: QueueState
        do {
            state = try store.loadState(configuration: configuration)
        } catch {
            store.close()
            throw .storageFailed("\(error)")
        }
        logger.info(
            "queue store opened",
            metadata: [
                "path": "\(store.settings.path)", "journal_mode": "\(store.settings.journalMode)",
                "synchronous": "\(store.settings.synchronousName)", "schema": "\(store.settings.schemaVersion)",
                "last_seq": "\(state.lastSeq)", "day": "\(state.day?.description ?? "none")",
                "load_ms": "\((ContinuousClock.now - started).milliseconds)",
            ])
        return QueueWriter(
            store: wrap(store), state: state, databasePath: databasePath, retentionDays: retentionDays, clock: clock,
            logger: logger, options: options)
    }
}
