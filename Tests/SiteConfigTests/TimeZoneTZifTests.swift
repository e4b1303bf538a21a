import QueueCore
import Testing

@testable import SiteConfig

/// `TimeZoneRules(identifier:tzif:)`: the QueueCore reader the loader feeds zone files to.
@Suite struct TimeZoneTZifTests {
    static let winter = Timestamp(secondsSinceEpoch: 1_768_478_400)  // 2026-01-15 12:00 UTC
    static let summer = Timestamp(secondsSinceEpoch: 1_784_116_800)  // 2026-07-15 12:00 UTC
    static let laterSummer = Timestamp(secondsSinceEpoch: 1_910_347_200)  // 2030-07-15 12:00 UTC, footer rule

    @Test func readsTransitionsAndFooterRule() throws {
        let zone = try TimeZoneRules(identifier: "Europe/Brussels", tzif: TZifFixture.brussels)
        #expect(zone.identifier == "Europe/Brussels")
        #expect(zone.utcOffset(at: Self.winter) == 3600)
        #expect(zone.utcOffset(at: Self.summer) == 7200)
        #expect(zone.utcOffset(at: Self.laterSummer) == 7200)
        #expect(zone.utcOffset(at: Timestamp(secondsSinceEpoch: 1_910_347_200 + 180 * 86_400)) == 3600)
        // The switch itself: 2026-03-29 00:59:59 UTC is CET, 01:00:00 is CEST.
        #expect(zone.utcOffset(at: Timestamp(secondsSinceEpoch: 1_774_745_999)) == 3600)
        #expect(zone.utcOffset(at: Timestamp(secondsSinceEpoch: 1_774_746_000)) == 7200)
        #expect(zone.localDateTime(at: Self.summer).description == "2026-07-15 14:00")
    }

    @Test func readsTheSystemsZoneFiles() throws {
        let bytes = try #require(ZoneInfo.bytes(of: "Europe/Brussels"), "install tzdata (scripts/install-deps)")
        let zone = try TimeZoneRules(identifier: "Europe/Brussels", tzif: bytes)
        #expect(zone.utcOffset(at: Self.winter) == 3600)
        #expect(zone.utcOffset(at: Self.laterSummer) == 7200)
        // 1995: before the footer rule, from the file's transitions.
        #expect(zone.utcOffset(at: Timestamp(secondsSinceEpoch: 805_809_600)) == 7200)  // 1995-07-15
        let kolkata = try TimeZoneRules(identifier: "Asia/Kolkata", tzif: try #require(ZoneInfo.bytes(of: "Asia/Kolkata")))
        #expect(kolkata.utcOffset(at: Self.summer) == 19_800)
        let santiago = try TimeZoneRules(
            identifier: "America/Santiago", tzif: try #require(ZoneInfo.bytes(of: "America/Santiago")))
        #expect(santiago.utcOffset(at: Timestamp(secondsSinceEpoch: 1_910_347_200)) == -4 * 3600)
        #expect(santiago.utcOffset(at: Timestamp(secondsSinceEpoch: 1_894_795_200)) == -3 * 3600)  // 2030-01-16
    }

    @Test(arguments: [
        ("<+03>-3", 3 * 3600, 3 * 3600),
        ("UTC0", 0, 0),
        ("EST5EDT,M3.2.0,M11.1.0", -5 * 3600, -4 * 3600),
        ("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", -3 * 3600, -2 * 3600),
        ("IST-5:30", 19_800, 19_800),
        ("AEST-10AEDT,M10.1.0,M4.1.0/3", 11 * 3600, 10 * 3600),
        ("XXX3YYY,J60/2,300/25", -3 * 3600, -2 * 3600),
    ])
    func footerRulesOfEveryForm(rule: String, january: Int, july: Int) throws {
        let zone = try TimeZoneRules(identifier: "Test", tzif: TZifFixture.make(offsets: [0], transitions: [], footer: rule))
        #expect(zone.utcOffset(at: Self.winter) == Int32(january))
        #expect(zone.utcOffset(at: Self.summer) == Int32(july))
    }

    @Test(arguments: [
        ([UInt8](), "not a TZif file"),
        (Array("hello, world, this is not a zone file at all....".utf8), "not a TZif file"),
        (Array(TZifFixture.brussels.prefix(60)), "not a TZif file"),
        (TZifFixture.make(offsets: [3600], transitions: [], footer: "CET-1CEST,M13.5.0"), "cannot read the footer rule"),
        (TZifFixture.make(offsets: [3600], transitions: [(100, 4)], footer: "CET-1"), "local time type that does not exist"),
        (TZifFixture.make(offsets: [3600, 0], transitions: [(100, 1), (50, 0)], footer: "CET-1"), "increasing"),
        (Array(TZifFixture.make(offsets: [0], transitions: [], footer: "UTC0").dropLast()), "footer"),
    ])
    func refusesBrokenFiles(bytes: [UInt8], expected: String) {
        #expect {
            _ = try TimeZoneRules(identifier: "Broken", tzif: bytes)
        } throws: { error in
            (error as? TimeZoneError)?.message.contains(expected) == true
        }
    }
}
