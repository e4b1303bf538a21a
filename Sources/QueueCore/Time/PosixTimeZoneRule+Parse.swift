extension PosixTimeZoneRule {
    /// Parses a POSIX `TZ` rule as found in TZif footers: `CET-1CEST,M3.5.0,M10.5.0/3`,
    /// `<+03>-3`, `EST5EDT,M3.2.0,M11.1.0`. Offsets are written west-positive, as POSIX does.
    /// Returns nil for anything else, including daylight names without change rules.
    init?(_ text: some StringProtocol) {
        var scanner = PosixRuleScanner(Array(text.utf8))
        guard scanner.zoneName(), let standard = scanner.offset() else { return nil }
        standardOffset = -standard
        if scanner.isAtEnd {
            daylight = nil
            return
        }
        guard scanner.zoneName() else { return nil }
        var daylightOffset = standardOffset + 3600
        if !scanner.peek(","), let explicit = scanner.offset() { daylightOffset = -explicit }
        guard scanner.skip(","), let start = scanner.changeRule(), scanner.skip(","), let end = scanner.changeRule(),
            scanner.isAtEnd
        else { return nil }
        daylight = Daylight(offset: daylightOffset, start: start, end: end)
    }
}

/// Reads the pieces of a POSIX `TZ` rule from its bytes, left to right.
struct PosixRuleScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    func peek(_ character: Character) -> Bool { !isAtEnd && bytes[index] == character.asciiValue! }

    mutating func skip(_ character: Character) -> Bool {
        guard peek(character) else { return false }
        index += 1
        return true
    }

    /// `CET`, or `<+03>` (quoted names may hold digits and signs). At least three characters.
    mutating func zoneName() -> Bool {
        if skip("<") {
            let start = index
            while !isAtEnd, !peek(">") {
                let byte = bytes[index]
                guard Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                else { return false }
                index += 1
            }
            let length = index - start
            return skip(">") && length >= 3
        }
        let start = index
        while !isAtEnd, Self.isLetter(bytes[index]) { index += 1 }
        return index - start >= 3
    }

    /// `[+-]hh[:mm[:ss]]` in seconds, sign as written.
    mutating func offset() -> Int32? {
        signedTime(maxHours: 24)
    }

    /// `Mm.w.d`, `Jn` or `n`, then an optional `/time` (default 02:00:00; may be negative or past 24 h).
    mutating func changeRule() -> ChangeRule? {
        let day: ChangeRule.Day
        if skip("M") {
            guard let month = number(), (1...12).contains(month), skip("."), let week = number(), (1...5).contains(week),
                skip("."), let weekday = number(), (0...6).contains(weekday)
            else { return nil }
            day = .monthWeekDay(month: month, week: week, weekday: weekday)
        } else if skip("J") {
            guard let n = number(), (1...365).contains(n) else { return nil }
            day = .julianNoLeap(n)
        } else {
            guard let n = number(), (0...365).contains(n) else { return nil }
            day = .zeroBasedDayOfYear(n)
        }
        var time: Int32 = 7200
        if skip("/") {
            guard let t = signedTime(maxHours: 167) else { return nil }
            time = t
        }
        return ChangeRule(day: day, time: time)
    }

    typealias ChangeRule = PosixTimeZoneRule.ChangeRule

    private mutating func signedTime(maxHours: Int) -> Int32? {
        var sign: Int32 = 1
        if skip("-") { sign = -1 } else { _ = skip("+") }
        guard let hours = number(), hours <= maxHours else { return nil }
        var seconds = hours * 3600
        if skip(":") {
            guard let minutes = number(), minutes < 60 else { return nil }
            seconds += minutes * 60
            if skip(":") {
                guard let s = number(), s < 60 else { return nil }
                seconds += s
            }
        }
        return sign * Int32(seconds)
    }

    /// One to three decimal digits.
    private mutating func number() -> Int? {
        let start = index
        var value = 0
        while !isAtEnd, Self.isDigit(bytes[index]), index - start < 3 {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return index > start ? value : nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
