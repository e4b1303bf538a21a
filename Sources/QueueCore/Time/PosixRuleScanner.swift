/// Reads the parts of a POSIX `TZ` string, byte by byte.
struct PosixRuleScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    func peek(_ character: Unicode.Scalar) -> Bool { !atEnd && bytes[index] == UInt8(ascii: character) }

    mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard peek(character) else { return false }
        index += 1
        return true
    }

    /// A zone abbreviation: three or more letters, or anything quoted in `<…>`.
    mutating func name() -> Bool {
        if consume("<") {
            let start = index
            while !atEnd && !peek(">") { index += 1 }
            guard index - start >= 1, consume(">") else { return false }
            return true
        }
        let start = index
        while !atEnd, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index] & ~0x20) { index += 1 }
        return index - start >= 3
    }

    mutating func number(maximumDigits: Int) -> Int? {
        let start = index
        var value = 0
        while !atEnd, index - start < maximumDigits, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return index > start ? value : nil
    }

    /// `[+-]hh[:mm[:ss]]` in seconds, with the sign as written (POSIX offsets count west).
    mutating func offset(maximumHours: Int) -> Int? {
        var sign = 1
        if consume("-") { sign = -1 } else { _ = consume("+") }
        guard let hours = number(maximumDigits: 3), hours <= maximumHours else { return nil }
        var seconds = hours * 3600
        if consume(":") {
            guard let minutes = number(maximumDigits: 2), minutes < 60 else { return nil }
            seconds += minutes * 60
            if consume(":") {
                guard let s = number(maximumDigits: 2), s < 60 else { return nil }
                seconds += s
            }
        }
        return sign * seconds
    }

    /// `Jn`, `n` or `Mm.w.d`, then an optional `/time` (default 02:00).
    mutating func changeRule() -> PosixTimeZoneRule.ChangeRule? {
        let day: PosixTimeZoneRule.ChangeRule.Day
        if consume("J") {
            guard let n = number(maximumDigits: 3), (1...365).contains(n) else { return nil }
            day = .julianNoLeap(n)
        } else if consume("M") {
            guard let month = number(maximumDigits: 2), (1...12).contains(month), consume("."),
                let week = number(maximumDigits: 1), (1...5).contains(week), consume("."),
                let weekday = number(maximumDigits: 1), (0...6).contains(weekday)
            else { return nil }
            day = .monthWeekDay(month: month, week: week, weekday: weekday)
        } else {
            guard let n = number(maximumDigits: 3), (0...365).contains(n) else { return nil }
            day = .zeroBasedDayOfYear(n)
        }
        var time = 7200
        if consume("/") {
            guard let t = offset(maximumHours: 167) else { return nil }
            time = t
        }
        return PosixTimeZoneRule.ChangeRule(day: day, time: Int32(time))
    }
}
