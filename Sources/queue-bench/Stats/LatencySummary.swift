/// Percentiles of a set of latencies, by nearest rank (the p-th percentile is the smallest
/// sample with at least p% of the samples at or below it), so every figure is a real sample.
struct LatencySummary: Sendable, Hashable {
    var count: Int
    var p50: Duration
    var p90: Duration
    var p99: Duration
    var max: Duration
    var mean: Duration

    /// Nil for no samples.
    init?(nanoseconds samples: [UInt64]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        count = sorted.count
        p50 = .nanoseconds(Int64(LatencySummary.rank(50, in: sorted)))
        p90 = .nanoseconds(Int64(LatencySummary.rank(90, in: sorted)))
        p99 = .nanoseconds(Int64(LatencySummary.rank(99, in: sorted)))
        max = .nanoseconds(Int64(sorted[sorted.count - 1]))
        mean = .nanoseconds(Int64(sorted.reduce(0.0) { $0 + Double($1) } / Double(sorted.count)))
    }

    /// The nearest-rank `percent`-th percentile of `sorted` (ascending, not empty).
    static func rank(_ percent: Int, in sorted: [UInt64]) -> UInt64 {
        let index = (percent * sorted.count + 99) / 100
        return sorted[Swift.max(1, Swift.min(sorted.count, index)) - 1]
    }
}

extension Duration {
    /// Milliseconds as a `Double`, for printing.
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
