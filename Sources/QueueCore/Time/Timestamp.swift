/// A moment in time, in milliseconds since the Unix epoch (UTC).
///
/// QueueCore has no clock of its own: every command carries the `Timestamp` at which it
/// happened, so the rules can be tested and replayed deterministically.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    public init(secondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = secondsSinceEpoch * 1000
    }

    /// Whole seconds since the epoch, rounded towards minus infinity.
    public var secondsSinceEpoch: Int64 { millisecondsSinceEpoch.floorDivided(by: 1000) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    public func adding(milliseconds: Int64) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: millisecondsSinceEpoch + milliseconds)
    }

    public func adding(minutes: Int) -> Timestamp {
        adding(milliseconds: Int64(minutes) * 60_000)
    }

    /// Milliseconds from `other` to `self` (negative if `other` is later).
    public func milliseconds(since other: Timestamp) -> Int64 {
        millisecondsSinceEpoch - other.millisecondsSinceEpoch
    }

    public var description: String { "@\(millisecondsSinceEpoch)ms" }
}

extension Int64 {
    /// Division rounding towards minus infinity (Swift's `/` rounds towards zero).
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder matching `floorDivided(by:)`: always in `0..<divisor` for a positive divisor.
    func floorModulo(_ divisor: Int64) -> Int64 {
        self - floorDivided(by: divisor) * divisor
    }
}
