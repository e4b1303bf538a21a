extension PosixTimeZoneRule {
    /// Parses a POSIX `TZ` value as found in TZif footers: `CET-1CEST,M3.5.0,M10.5.0/3`,
    /// `<+03>-3`, `EST5EDT,M3.2.0,M11.1.0`, `UTC0`. Nil when it is not one.
    init?(parsing text: String) {
        var scanner = PosixRuleScanner(Array(text.utf8))
        guard scanner.name(), let standardWest = scanner.offset(maximumHours: 24) else { return nil }
        standardOffset = Int32(-standardWest)
        if scanner.atEnd {
            daylight = nil
            return
        }
        guard scanner.name() else { return nil }
        var daylightOffset = standardOffset + 3600
        if !scanner.atEnd && !scanner.peek(",") {
            guard let west = scanner.offset(maximumHours: 24) else { return nil }
            daylightOffset = Int32(-west)
        }
        // The US rules are POSIX's customary default when a zone gives none.
        var start = ChangeRule(day: .monthWeekDay(month: 3, week: 2, weekday: 0), time: 7200)
        var end = ChangeRule(day: .monthWeekDay(month: 11, week: 1, weekday: 0), time: 7200)
        if scanner.consume(",") {
            guard let s = scanner.changeRule(), scanner.consume(","), let e = scanner.changeRule() else { return nil }
            start = s
            end = e
        }
        guard scanner.atEnd else { return nil }
        daylight = Daylight(offset: daylightOffset, start: start, end: end)
    }
}
