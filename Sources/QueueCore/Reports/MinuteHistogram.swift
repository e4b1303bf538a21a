/// Counts of durations by whole minute, so that percentiles of any period can be computed from
/// per-day figures (raw rows are pruned after the retention period; these are kept).
public struct MinuteHistogram: Hashable, Sendable {
    /// Durations of this many minutes or more share the last bucket.
    public static let limit = 720

    /// `counts[m]` = how many durations were `m` minutes long (rounded down); sparse.
    public private(set) var counts: [Int: Int]

    public init(counts: [Int: Int] = [:]) {
        self.counts = counts.filter { $0.value > 0 }
    }

    public var total: Int { counts.values.reduce(0, +) }

    public mutating func add(milliseconds: Int64) {
        let minutes = Int(max(0, milliseconds) / 60_000)
        counts[min(minutes, Self.limit), default: 0] += 1
    }

    public mutating func merge(_ other: MinuteHistogram) {
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    /// The smallest minute value at or below which at least `fraction` of durations fall.
    public func percentile(_ fraction: Double) -> Int? {
        let total = self.total
        guard total > 0 else { return nil }
        let rank = max(1, Int((fraction * Double(total)).rounded(.up)))
        var seen = 0
        for minute in counts.keys.sorted() {
            seen += counts[minute]!
            if seen >= rank { return minute }
        }
        return counts.keys.max()
    }

    /// Mean in minutes (bucket values), nil when empty.
    public var mean: Double? {
        let total = self.total
        guard total > 0 else { return nil }
        return Double(counts.reduce(0) { $0 + $1.key * $1.value }) / Double(total)
    }
}
