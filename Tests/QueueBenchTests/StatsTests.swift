import Testing

@testable import queue_bench

@Suite struct StatsTests {
    @Test func percentilesAreNearestRankSamples() throws {
        let samples = (1...100).map { UInt64($0) * 1_000_000 }.shuffled()
        let summary = try #require(LatencySummary(nanoseconds: samples))
        #expect(summary.count == 100)
        #expect(summary.p50 == .milliseconds(50))
        #expect(summary.p90 == .milliseconds(90))
        #expect(summary.p99 == .milliseconds(99))
        #expect(summary.max == .milliseconds(100))
        #expect(summary.mean == .microseconds(50_500))
    }

    @Test func smallSetsUseTheirOwnSamples() throws {
        let one = try #require(LatencySummary(nanoseconds: [7]))
        #expect(one.p50 == .nanoseconds(7) && one.p99 == .nanoseconds(7) && one.max == .nanoseconds(7))
        let three = try #require(LatencySummary(nanoseconds: [30, 10, 20]))
        #expect(three.p50 == .nanoseconds(20))
        #expect(three.p90 == .nanoseconds(30))
        #expect(LatencySummary(nanoseconds: []) == nil)
    }

    @Test func seededGeneratorRepeats() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        var other = SeededGenerator(seed: 43)
        let a = (0..<8).map { _ in first.next() }
        #expect(a == (0..<8).map { _ in second.next() })
        #expect(a != (0..<8).map { _ in other.next() })
    }

    @Test func fixedDecimals() {
        #expect(NumberFormat.fixed(0.4125, 3) == "0.413" || NumberFormat.fixed(0.4125, 3) == "0.412")
        #expect(NumberFormat.fixed(12, 2) == "12.00")
        #expect(NumberFormat.fixed(-1.5, 1) == "-1.5")
        #expect(NumberFormat.fixed(1999.96, 1) == "2000.0")
        #expect(NumberFormat.ms(.microseconds(1500)) == "1.500")
    }
}
