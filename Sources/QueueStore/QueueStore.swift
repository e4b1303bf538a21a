import QueueCore

/// The event log of one site on disk: SQLite in WAL mode with `synchronous=FULL`, written by a
/// single writer. An `append` returns only once its transaction committed, so whatever was
/// acknowledged survives a power cut; `loadState` rebuilds exactly the state that wrote it.
///
/// Owned by one writer thread at a time (`@unchecked Sendable` so it can be moved into it).
public final class QueueStore: @unchecked Sendable {
    public let settings: StoreSettings

    init(settings: StoreSettings) {
        self.settings = settings
    }

    /// Opens (creating or migrating) the database at `path`.
    public static func open(path: String, timeZone: TimeZoneRules) throws(StoreError) -> QueueStore {
        throw StoreError(.misuse, "not implemented", path: path)
    }

    /// The latest snapshot, with the events after it replayed.
    public func loadState(configuration: SiteConfiguration) throws(StoreError) -> QueueState {
        throw StoreError(.misuse, "not implemented", path: settings.path)
    }

    /// Writes `events` in one transaction; returns only after it committed.
    public func append(_ events: [QueueEvent]) throws(StoreError) {
        throw StoreError(.misuse, "not implemented", path: settings.path)
    }

    public func writeSnapshot(_ state: QueueState) throws(StoreError) {
        throw StoreError(.misuse, "not implemented", path: settings.path)
    }

    /// The sequence number of the last stored event (0 when none).
    public var lastSeq: UInt64 { 0 }

    /// Reduces the days before `day` to stored figures and deletes their raw events.
    public func prune(before day: LocalDate) throws(StoreError) -> PruneSummary {
        throw StoreError(.misuse, "not implemented", path: settings.path)
    }

    public func close() {}
}
