import QueueCore

/// A separate read-only connection to the store (WAL lets it read while the writer writes), for
/// catch-up of subscribers, reports and backups. Used by one thread at a time.
public final class StoreReader: @unchecked Sendable {
    let path: String

    init(path: String) {
        self.path = path
    }

    public static func open(path: String, timeZone: TimeZoneRules) throws(StoreError) -> StoreReader {
        throw StoreError(.misuse, "not implemented", path: path)
    }

    /// Up to `limit` events with a sequence number greater than `seq`, in order.
    public func events(after seq: UInt64, limit: Int) throws(StoreError) -> [QueueEvent] {
        throw StoreError(.misuse, "not implemented", path: path)
    }

    /// The smallest sequence number still stored, nil when none.
    public func firstRetainedSeq() throws(StoreError) -> UInt64? {
        throw StoreError(.misuse, "not implemented", path: path)
    }

    /// Per-day figures: stored ones for pruned days, derived from events for the rest.
    public func dayFigures(from: LocalDate, through: LocalDate) throws(StoreError) -> [DayFigures] {
        throw StoreError(.misuse, "not implemented", path: path)
    }

    /// A consistent copy of the live database at `path` (SQLite online backup).
    public func backup(to path: String) throws(StoreError) {
        throw StoreError(.misuse, "not implemented", path: self.path)
    }

    public func close() {}
}
