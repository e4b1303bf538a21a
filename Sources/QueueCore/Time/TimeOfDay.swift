/// A wall-clock time within a day, to the minute: `10:00`, `19:00`.
///
/// `24:00` is allowed as the end of a window that runs to midnight.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, `0...1440`.
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int = 0) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Parses `H:MM`, `HH:MM` or `HH` (`10`, `9:30`, `19:00`, `24:00`).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...2).contains(parts[0].count),
            let hour = Int(parts[0]), parts[0].allSatisfy(\.isASCII)
        else { return nil }
        var minute = 0
        if parts.count == 2 {
            guard parts[1].count == 2, let m = Int(parts[1]) else { return nil }
            minute = m
        }
        self.init(hour: hour, minute: minute)
    }

    public static let midnight = TimeOfDay(minutes: 0)!
    public static let endOfDay = TimeOfDay(minutes: 1440)!

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    /// `10:00`.
    public var description: String { "\(hour.zeroPadded(2)):\(minute.zeroPadded(2))" }
}

/// A half-open window of wall-clock time within one day: `[start, end)`.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible {
    public let start: TimeOfDay
    public let end: TimeOfDay

    /// Returns nil unless `start < end`.
    public init?(start: TimeOfDay, end: TimeOfDay) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// Parses `10:00-19:00` (also with an en dash).
    public init?(_ text: some StringProtocol) {
        let normalized = text.replacingEnDash()
        let parts = normalized.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let start = TimeOfDay(parts[0].trimmingSpaces()), let end = TimeOfDay(parts[1].trimmingSpaces())
        else { return nil }
        self.init(start: start, end: end)
    }

    public func contains(_ time: TimeOfDay) -> Bool { start <= time && time < end }

    public func overlaps(_ other: TimeWindow) -> Bool { start < other.end && other.start < end }

    public var description: String { "\(start)-\(end)" }
}

extension StringProtocol {
    func replacingEnDash() -> String {
        String(map { $0 == "\u{2013}" || $0 == "\u{2014}" ? "-" : $0 })
    }

    /// The text without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = s.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return s[first...last]
    }
}
