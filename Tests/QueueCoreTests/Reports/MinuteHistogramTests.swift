import Testing
import QueueCore

/// Durations by whole minute, mergeable across days, with percentiles and a mean.
@Suite struct MinuteHistogramTests {
    @Test func durationsAreCountedByWholeMinute() {
        var histogram = MinuteHistogram()
        for milliseconds: Int64 in [0, 59_999, 60_000, -5_000, 1_000 * 3_600_000] { histogram.add(milliseconds: milliseconds) }
        #expect(histogram.counts == [0: 3, 1: 1, MinuteHistogram.limit: 1])
        #expect(histogram.total == 5)
    }

    @Test func percentilesAndMean() {
        let histogram = MinuteHistogram(counts: [5: 2, 10: 1, 30: 1, 99: 0])
        #expect(histogram.counts.keys.sorted() == [5, 10, 30])
        #expect(histogram.percentile(0.5) == 5)
        #expect(histogram.percentile(0.75) == 10)
        #expect(histogram.percentile(0.9) == 30)
        #expect(histogram.percentile(0) == 5)
        #expect(histogram.mean == 12.5)
        #expect(MinuteHistogram().percentile(0.5) == nil)
        #expect(MinuteHistogram().mean == nil)
    }

    @Test func mergingAddsCounts() {
        var a = MinuteHistogram(counts: [5: 1, 7: 2])
        a.merge(MinuteHistogram(counts: [7: 1, 9: 4]))
        #expect(a == MinuteHistogram(counts: [5: 1, 7: 3, 9: 4]))
    }
}
