import QueueCore
import Testing

@testable import SiteConfig

/// A file with many mistakes gets all of them in one report, in file order.
@Suite struct ManyProblemsTests {
    static let text = """
        [site]
        name = "Centre"
        time_zone = "Europe/Bruxelles"
        languages = ["fr", "french"]
        consultation_minutes = 0

        [hours]
        monday = "10:00-25:00"
        tusday = "10:00-19:00"
        wednesday = "09:00-13:00, 12:00-17:00"
        thursday = 14:00-19:00
        closed_dates = ["2026-13-01"]

        [[service]]
        id = "medical"
        prefix = "MM"
        daily_cap = "40"

        [[service]]
        id = "social"
        prefix = "S"
        colour = "blue"

        [[service]]
        id = "social"
        prefix = "S"

        [[desk]]
        id = "room-1"
        services = ["medical", "psy"]

        [server]
        listen = ["127.0.0.1"]
        retention_days = -1

        [limits]
        max_conections = 10
        """

    @Test func everyProblemIsReportedWithItsLine() {
        let lines = Support.lines(Self.text)
        #expect(
            lines == [
                "3: [site]: unknown time zone 'Europe/Bruxelles'; write it as Region/City in English, like \"Europe/Brussels\" (the names are those under /usr/share/zoneinfo, from the tzdata package)",
                "4: [site]: 'french' is not a language code; use a two- or three-letter code: fr",
                "5: [site]: consultation_minutes must be from 1 to 480 (found 0)",
                "8: [hours]: monday: '25:00' is not a time of day; write HH:MM from 00:00 to 24:00",
                "9: [hours]: 'tusday' is not a day of the week; did you mean 'tuesday'?",
                "10: [hours]: wednesday: windows 09:00-13:00 and 12:00-17:00 overlap",
                "11: put times in quotes, like \"10:00-19:00\"",
                "12: [hours]: '2026-13-01' is not a date; write YYYY-MM-DD, like 2026-12-25",
                "16: service 'medical': prefix must be one uppercase letter A-Z (found 'MM')",
                "17: service 'medical': daily_cap must be a whole number, like daily_cap = 40 (found text in quotes)",
                "22: service 'social': unknown key 'colour'; the keys here are id, prefix, labels, daily_cap, hours",
                "25: service 'social' is defined twice (first on line 20)",
                "30: desk 'room-1' serves unknown service 'psy'; the services are medical, social",
                "33: [server]: listen '127.0.0.1' needs a port, like 127.0.0.1:7878",
                "34: [server]: retention_days must be from 1 to 36500 (found -1)",
                "37: [limits]: unknown key 'max_conections'; did you mean 'max_connections'?",
            ])
    }

    @Test func theErrorPrintsOneProblemALine() {
        do throws(ConfigError) {
            _ = try Support.parse(Self.text)
            Issue.record("a broken file loaded")
        } catch {
            let printed = error.description.split(separator: "\n")
            #expect(printed.count == 16)
            #expect(printed.allSatisfy { $0.hasPrefix("site.toml:") })
            #expect(printed[6] == "site.toml:11:12: put times in quotes, like \"10:00-19:00\"")
        }
    }

    @Test func aBrokenLineDoesNotAlsoCountAsAMissingKey() {
        let text = Support.minimal.replacingFirst("prefix = \"M\"", with: "prefix = M")
        #expect(Support.lines(text) == ["11: text goes in double quotes: write \"M\""])
    }
}
