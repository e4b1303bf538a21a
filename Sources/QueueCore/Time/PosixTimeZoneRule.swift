/// A POSIX `TZ` rule such as `CET-1CEST,M3.5.0,M10.5.0/3`, as found in a TZif footer.
///
/// It gives the offset for instants after the last transition listed in the file.
struct PosixTimeZoneRule: Hashable, Sendable {
    /// Standard offset, seconds east of UTC.
    var standardOffset: Int32
    /// Daylight-saving offset and the rules for when it starts and ends, if the zone has DST.
    var daylight: Daylight?

    struct Daylight: Hashable, Sendable {
        var offset: Int32
        var start: ChangeRule
        var end: ChangeRule
    }

    /// When in the year a change happens, and at what local time (seconds after local midnight).
    struct ChangeRule: Hashable, Sendable {
        enum Day: Hashable, Sendable {
            /// `Mm.w.d`: day `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
            case monthWeekDay(month: Int, week: Int, weekday: Int)
            /// `Jn`: day `n` of the year, 1…365, February 29 never counted.
            case julianNoLeap(Int)
            /// `n`: day `n` of the year, 0…365, counting February 29.
            case zeroBasedDayOfYear(Int)
        }
        var day: Day
        var time: Int32
    }

    func utcOffset(atUTCSeconds seconds: Int64) -> Int32 {
        guard let daylight else { return standardOffset }
        // Evaluated in the year of the standard-time wall clock; see the tests for edge cases.
        let year = LocalDateTime(wallSecondsSinceEpoch: seconds + Int64(standardOffset)).date.year
        let startUTC = daylight.start.wallSeconds(in: year) - Int64(standardOffset)
        let endUTC = daylight.end.wallSeconds(in: year) - Int64(daylight.offset)
        if startUTC < endUTC {
            return (seconds >= startUTC && seconds < endUTC) ? daylight.offset : standardOffset
        } else {
            // Southern hemisphere: DST spans the new year.
            return (seconds >= endUTC && seconds < startUTC) ? standardOffset : daylight.offset
        }
    }
}

extension PosixTimeZoneRule.ChangeRule {
    /// Wall-clock seconds since the epoch at which this change happens in `year`.
    func wallSeconds(in year: Int) -> Int64 {
        let date: LocalDate
        switch day {
        case .monthWeekDay(let month, let week, let weekday):
            let first = LocalDate(year: year, month: month, day: 1)!
            // Weekday of the 1st with 0 = Sunday.
            let firstWeekday = first.weekday.rawValue % 7
            var dayOfMonth = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let length = LocalDate.daysIn(month: month, year: year)
            while dayOfMonth > length { dayOfMonth -= 7 }
            date = LocalDate(year: year, month: month, day: dayOfMonth)!
        case .julianNoLeap(let n):
            let jan1 = LocalDate(year: year, month: 1, day: 1)!
            let leapShift = (LocalDate.isLeap(year) && n >= 60) ? 1 : 0
            date = jan1.adding(days: n - 1 + leapShift)
        case .zeroBasedDayOfYear(let n):
            date = LocalDate(year: year, month: 1, day: 1)!.adding(days: n)
        }
        return Int64(date.daysSinceEpoch) * 86_400 + Int64(time)
    }
}
