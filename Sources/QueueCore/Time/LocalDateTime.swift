/// A date and wall-clock time at the site, to the second, as people there read it.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    /// Seconds since local midnight, `0..<86400`.
    public let secondsOfDay: Int

    public init(date: LocalDate, secondsOfDay: Int) {
        precondition((0..<86_400).contains(secondsOfDay), "secondsOfDay out of range")
        self.date = date
        self.secondsOfDay = secondsOfDay
    }

    public init(date: LocalDate, time: TimeOfDay) {
        if time.minutes == 1440 {
            self.init(date: date.adding(days: 1), secondsOfDay: 0)
        } else {
            self.init(date: date, secondsOfDay: time.minutes * 60)
        }
    }

    /// The wall-clock time, truncated to the minute.
    public var time: TimeOfDay { TimeOfDay(minutes: secondsOfDay / 60)! }
    public var hour: Int { secondsOfDay / 3600 }

    /// Seconds since 1970-01-01T00:00 *as if this wall time were UTC*; used for offsets arithmetic.
    public var wallSecondsSinceEpoch: Int64 {
        Int64(date.daysSinceEpoch) * 86_400 + Int64(secondsOfDay)
    }

    public init(wallSecondsSinceEpoch seconds: Int64) {
        let days = seconds.floorDivided(by: 86_400)
        self.init(date: LocalDate(daysSinceEpoch: Int(days)), secondsOfDay: Int(seconds - days * 86_400))
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.secondsOfDay) < (rhs.date, rhs.secondsOfDay)
    }

    /// `2026-11-22 10:00`.
    public var description: String { "\(date) \(time)" }
}
