import QueueCore
import Testing

@testable import SiteConfig

/// One day's hours as written in the file, both ways.
@Suite struct HoursTextTests {
    static func window(_ text: String) -> TimeWindow { TimeWindow(text)! }

    @Test(arguments: [
        ("10:00-19:00", "10:00-19:00"),
        ("09:00-12:30, 13:30-17:00", "09:00-12:30, 13:30-17:00"),
        ("13:30-17:00,09:00-12:30", "09:00-12:30, 13:30-17:00"),
        ("9:30 - 12:00; 14h-17h30", "09:30-12:00, 14:00-17:30"),
        ("10h–19h", "10:00-19:00"),
        ("closed", "closed"),
        ("Closed", "closed"),
        ("all day", "00:00-24:00"),
        ("22:00-24:00", "22:00-24:00"),
        ("09:00-12:00, 12:00-13:00", "09:00-12:00, 12:00-13:00"),
    ])
    func readsAndWritesBack(written: String, canonical: String) throws {
        let windows = try HoursText.parse(written)
        #expect(HoursText.format(windows) == canonical)
        // The canonical form reads back to the same windows, and writes itself again.
        #expect(try HoursText.parse(canonical) == windows)
        #expect(HoursText.format(try HoursText.parse(canonical)) == canonical)
    }

    @Test func weeklyHoursRoundTripThroughASiteFile() throws {
        let week: [Weekday: String] = [
            .monday: "10:00-19:00", .tuesday: "11:00-19:00", .wednesday: "09:00-12:30, 13:30-17:00",
            .thursday: "14:00-19:00", .saturday: "10:00-13:00",
        ]
        let lines = Weekday.allCases.map { "\(WeekdayKey.fullNames[$0.rawValue - 1]) = \"\(week[$0] ?? "closed")\"" }
        let text = Support.minimal.replacingFirst("monday = \"10:00-19:00\"", with: lines.joined(separator: "\n"))
        let file = try Support.parse(text)
        for day in Weekday.allCases {
            #expect(HoursText.format(file.site.hours.weekly.windows(on: day)) == (week[day] ?? "closed"))
        }
        #expect(file.site.hours.weekly.windows[.friday] == nil)
    }

    @Test(arguments: [
        ("25:00-26:00", HoursError.notATime("25:00")),
        ("10:60-12:00", .notATime("10:60")),
        ("10:00-ten", .notATime("ten")),
        ("19:00-10:00", .endsBeforeStart("19:00-10:00")),
        ("10:00-10:00", .endsBeforeStart("10:00-10:00")),
        ("10:00", .notAWindow("10:00")),
        ("10:00-12:00-14:00", .notAWindow("10:00-12:00-14:00")),
        ("", .empty),
        ("09:00-13:00, 12:00-17:00", .overlap(window("09:00-13:00"), window("12:00-17:00"))),
    ])
    func refusesWhatIsNotHours(written: String, expected: HoursError) {
        #expect(throws: expected) { try HoursText.parse(written) }
    }

    @Test func namesTheProblemPlainly() {
        #expect(HoursError.notATime("25:00").description == "'25:00' is not a time of day; write HH:MM from 00:00 to 24:00")
        #expect(
            HoursError.overlap(Self.window("09:00-13:00"), Self.window("12:00-17:00")).description
                == "windows 09:00-13:00 and 12:00-17:00 overlap")
    }

    @Test(arguments: [
        ("monday", [Weekday.monday]),
        ("Sat", [.saturday]),
        ("monday-friday", [.monday, .tuesday, .wednesday, .thursday, .friday]),
        ("fri-mon", [.friday, .saturday, .sunday, .monday]),
    ])
    func dayKeys(key: String, days: [Weekday]) throws {
        #expect(try WeekdayKey.days(key).get() == days)
    }
}

extension String {
    /// The text with the first `target` replaced (tests edit the minimal site this way).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { fatalError("'\(target)' is not in the text") }
        var text = self
        text.replaceSubrange(range, with: replacement)
        return text
    }
}
