import QueueCore

/// What one retention pass did: which days became aggregates, how many raw events went, and
/// the file size before and after the incremental vacuum.
public struct PruneSummary: Hashable, Sendable, CustomStringConvertible {
    /// The days whose figures were stored in `day_figures`, oldest first.
    public var daysAggregated: [LocalDate]
    public var eventsDeleted: Int
    public var bytesBefore: Int64
    public var bytesAfter: Int64

    public init(daysAggregated: [LocalDate], eventsDeleted: Int, bytesBefore: Int64, bytesAfter: Int64) {
        self.daysAggregated = daysAggregated
        self.eventsDeleted = eventsDeleted
        self.bytesBefore = bytesBefore
        self.bytesAfter = bytesAfter
    }

    public var description: String {
        "pruned \(eventsDeleted) events of \(daysAggregated.count) days; file \(bytesBefore) -> \(bytesAfter) bytes"
    }
}
