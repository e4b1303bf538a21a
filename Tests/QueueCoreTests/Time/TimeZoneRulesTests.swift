import Testing
import QueueCore

/// Europe/Brussels as the server sees it: the TZif file's bytes, parsed by QueueCore.
@Suite struct TimeZoneRulesTests {
    let tzif = ZoneFile.brussels
    let posix = try! TimeZoneRules(identifier: "Europe/Brussels", posixRule: ZoneFile.brusselsRule)

    /// 01:00 UTC on the last Sunday of `month`: when Brussels changes clocks since 1996.
    static func changeInstant(year: Int, month: Int) -> Timestamp {
        var date = LocalDate(year: year, month: month, day: 31)!
        while date.weekday != .sunday { date = date.adding(days: -1) }
        return Timestamp(secondsSinceEpoch: Int64(date.daysSinceEpoch) * 86_400 + 3600)
    }

    @Test(arguments: [1997, 2020, 2026, 2037, 2038, 2050, 2100])
    func changesClocksOnTheLastSundaysOfMarchAndOctober(year: Int) {
        for zone in [tzif, posix] {
            let spring = Self.changeInstant(year: year, month: 3)
            let autumn = Self.changeInstant(year: year, month: 10)
            #expect(zone.utcOffset(at: spring.adding(milliseconds: -1)) == 3600)
            #expect(zone.utcOffset(at: spring) == 7200)
            #expect(zone.utcOffset(at: autumn.adding(milliseconds: -1)) == 7200)
            #expect(zone.utcOffset(at: autumn) == 3600)
        }
    }

    @Test func theFileAndItsFooterRuleAgreeEverySixHoursFrom1997To2045() {
        var instant = Timestamp(secondsSinceEpoch: Int64(LocalDate(year: 1997, month: 1, day: 1)!.daysSinceEpoch) * 86_400)
        let end = Timestamp(secondsSinceEpoch: Int64(LocalDate(year: 2045, month: 1, day: 1)!.daysSinceEpoch) * 86_400)
        var mismatches = 0
        while instant < end {
            if tzif.utcOffset(at: instant) != posix.utcOffset(at: instant) { mismatches += 1 }
            instant = instant.adding(minutes: 6 * 60 + 7)
        }
        #expect(mismatches == 0)
    }

    @Test func theFileKnowsHistoryTheRuleCannot() {
        // Brussels was on GMT until 1914 (LMT before 1892 and BMT after): the file says so.
        let in1900 = Timestamp(secondsSinceEpoch: Int64(LocalDate(year: 1900, month: 6, day: 1)!.daysSinceEpoch) * 86_400)
        #expect(tzif.utcOffset(at: in1900) == 0)
        #expect(posix.utcOffset(at: in1900) == 7200)
    }

    @Test func wallClockOfAnInstantAcrossTheSpringChange() {
        // 2026-03-29: 01:59:59 CET is followed by 03:00:00 CEST.
        let change = Self.changeInstant(year: 2026, month: 3)
        #expect(tzif.localDateTime(at: change.adding(milliseconds: -1000)) == wall(LocalDate("2026-03-29")!, 1, 59).adding(seconds: 59))
        #expect(tzif.localDateTime(at: change) == wall(LocalDate("2026-03-29")!, 3, 0))
    }

    @Test func aSkippedWallTimeLandsAfterTheGap() {
        let day = LocalDate("2026-03-29")!
        let instant = tzif.timestamp(of: wall(day, 2, 30))
        #expect(tzif.localDateTime(at: instant) == wall(day, 3, 30))
        // Times either side of the gap are exact.
        #expect(tzif.localDateTime(at: tzif.timestamp(of: wall(day, 1, 59))) == wall(day, 1, 59))
        #expect(tzif.localDateTime(at: tzif.timestamp(of: wall(day, 3, 0))) == wall(day, 3, 0))
    }

    @Test func aRepeatedWallTimeIsItsFirstOccurrence() {
        let day = LocalDate("2026-10-25")!
        let instant = tzif.timestamp(of: wall(day, 2, 30))
        #expect(tzif.utcOffset(at: instant) == 7200)
        #expect(instant.secondsSinceEpoch == Int64(day.daysSinceEpoch) * 86_400 + 30 * 60)
    }

    @Test func localMidnightIsAnHourOrTwoBeforeUTCMidnight() {
        let winter = LocalDate("2026-11-23")!
        let summer = LocalDate("2026-07-01")!
        #expect(tzif.timestamp(of: wall(winter, 0)).secondsSinceEpoch == Int64(winter.daysSinceEpoch) * 86_400 - 3600)
        #expect(tzif.timestamp(of: wall(summer, 0)).secondsSinceEpoch == Int64(summer.daysSinceEpoch) * 86_400 - 7200)
    }

    static let rules: [(rule: String, date: String, offsetHours: Double)] = [
        ("EST5EDT,M3.2.0,M11.1.0", "2026-07-01", -4),
        ("EST5EDT,M3.2.0,M11.1.0", "2026-01-15", -5),
        ("<+03>-3", "2026-07-01", 3),
        ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2026-01-15", 11),
        ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2026-07-01", 10),
        ("IST-1GMT0,M10.5.0,M3.5.0/1", "2026-01-15", 0),
        ("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", "2026-07-01", -2),
        ("XXX-5:30", "2026-07-01", 5.5),
    ]

    @Test(arguments: rules)
    func posixRules(rule: String, date: String, offsetHours: Double) throws {
        let zone = try TimeZoneRules(identifier: rule, posixRule: rule)
        let noon = Timestamp(secondsSinceEpoch: Int64(LocalDate(date)!.daysSinceEpoch) * 86_400 + 12 * 3600)
        #expect(zone.utcOffset(at: noon) == Int32(offsetHours * 3600))
    }

    @Test(arguments: ["", "CET", "C-1", "CET-1CEST", "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0", "<+03-3", "CET-1 "])
    func badPosixRulesAreRefused(rule: String) {
        #expect(throws: TimeZoneError.self) { try TimeZoneRules(identifier: "x", posixRule: rule) }
    }

    @Test func badFilesAreRefusedWithAMessage() throws {
        let bytes = try #require(ZoneFile.bytes("/usr/share/zoneinfo/Europe/Brussels"))
        #expect(throws: TimeZoneError("not a TZif file")) { try TimeZoneRules(identifier: "x", tzif: Array("hello".utf8)) }
        #expect(throws: TimeZoneError("file ends early")) { try TimeZoneRules(identifier: "x", tzif: bytes.prefix(400)) }
        var badFooter = bytes
        badFooter.replaceSubrange((bytes.count - 5)..<(bytes.count - 1), with: Array("?!?!".utf8))
        #expect(throws: TimeZoneError.self) { try TimeZoneRules(identifier: "x", tzif: badFooter) }
    }

    @Test func aVersionOneFileIsRead() throws {
        // One transition, at 1000 s, from type 0 (+1 h) to type 1 (+2 h); no footer in version 1.
        func be32(_ v: Int32) -> [UInt8] { withUnsafeBytes(of: v.bigEndian) { Array($0) } }
        var file = Array("TZif".utf8) + [0] + [UInt8](repeating: 0, count: 15)
        file += be32(0) + be32(0) + be32(0) + be32(1) + be32(2) + be32(8)  // ut, std, leap, time, type, char
        file += be32(1000) + [1]
        file += be32(3600) + [0, 0] + be32(7200) + [1, 4]
        file += Array("AAA\0BBB\0".utf8)
        let zone = try TimeZoneRules(identifier: "Test/One", tzif: file)
        #expect(zone.utcOffset(at: Timestamp(secondsSinceEpoch: 999)) == 3600)
        #expect(zone.utcOffset(at: Timestamp(secondsSinceEpoch: 1000)) == 7200)
        #expect(zone.utcOffset(at: Timestamp(secondsSinceEpoch: 4_000_000_000)) == 7200)
        #expect(zone.identifier == "Test/One")
    }
}

extension LocalDateTime {
    func adding(seconds: Int) -> LocalDateTime {
        LocalDateTime(wallSecondsSinceEpoch: wallSecondsSinceEpoch + Int64(seconds))
    }
}
