import Testing

@testable import TaskExecutors

@Suite struct JobDelayTests {
    @Test func aDurationBecomesWholeNanoseconds() {
        #expect(JobDelay.nanoseconds(of: Duration.milliseconds(1500)) == 1_500_000_000)
        #expect(JobDelay.nanoseconds(of: Duration.nanoseconds(7)) == 7)
    }

    @Test func aPastDelayIsZeroAndAHugeOneSaturates() {
        #expect(JobDelay.nanoseconds(of: Duration.seconds(-3)) == 0)
        #expect(JobDelay.nanoseconds(of: Duration.seconds(Int64.max)) == Int64.max)
    }

    @Test func anotherClocksDurationRunsNow() {
        #expect(JobDelay.nanoseconds(of: Ticks(count: 5)) == nil)
    }
}

/// A clock duration that is not `Duration`.
private struct Ticks: DurationProtocol {
    var count: Int
    static var zero: Ticks { Ticks(count: 0) }
    static func + (a: Ticks, b: Ticks) -> Ticks { Ticks(count: a.count + b.count) }
    static func - (a: Ticks, b: Ticks) -> Ticks { Ticks(count: a.count - b.count) }
    static func < (a: Ticks, b: Ticks) -> Bool { a.count < b.count }
    static func / (a: Ticks, b: Int) -> Ticks { Ticks(count: a.count / b) }
    static func * (a: Ticks, b: Int) -> Ticks { Ticks(count: a.count * b) }
    static func / (a: Ticks, b: Ticks) -> Double { Double(a.count) / Double(b.count) }
}
