import QueueCore
import Testing

@testable import SiteConfig

/// Every kind of mistake in a site file: the line it is reported on and the words used.
/// Each case makes one edit to `Support.minimal` and lists every problem the file then has.
@Suite struct ConfigProblemTests {
    struct Edit: Sendable, CustomTestStringConvertible {
        var replace: String
        var with: String
        var expected: [String]
        var testDescription: String { expected.first ?? with }

        init(_ replace: String, _ with: String, _ expected: String...) {
            self.replace = replace
            self.with = with
            self.expected = expected
        }
    }

    static let prefix = "prefix = \"M\""
    static let monday = "monday = \"10:00-19:00\""
    static let desk = "services = [\"medical\"]"
    static let end = "services = [\"medical\"]"

    @Test func theMinimalSiteIsFine() throws {
        let file = try Support.parse(Support.minimal)
        #expect(file.warnings.isEmpty)
        #expect(file.site.service("medical")?.labels["fr"] == "Médecin")
    }

    @Test(arguments: [
        // Services.
        Edit(prefix, "prefix = \"MM\"", "11: service 'medical': prefix must be one uppercase letter A-Z (found 'MM')"),
        Edit(prefix, "prefix = \"m\"", "11: service 'medical': prefix must be one uppercase letter A-Z (found 'm')"),
        Edit(
            prefix, "prefx = \"M\"", "9: service 'medical' needs prefix, like prefix = \"M\"",
            "11: service 'medical': unknown key 'prefx'; did you mean 'prefix'?"),
        Edit(
            prefix, prefix + "\ndaily_cap = \"40\"",
            "12: service 'medical': daily_cap must be a whole number, like daily_cap = 40 (found text in quotes)"),
        Edit(prefix, prefix + "\ndaily_cap = 0", "12: service 'medical': daily_cap must be from 1 to 100000 (found 0)"),
        Edit(
            "id = \"medical\"", "id = \"Medical\"", "10: service name 'Medical' must be lowercase letters, digits, '-' or '_'",
            "16: desk 'room-1' serves unknown service 'medical'; did you mean 'Medical'?"),
        Edit(
            "id = \"medical\"", "", "9: [[service]] needs id, like id = \"medical\"",
            "16: desk 'room-1' serves unknown service 'medical'",
            "-: at least one service is needed: add a [[service]] section with id and prefix"),
        Edit(
            "labels = { fr = \"Médecin\", en = \"Doctor\" }", "labels = { french = \"Médecin\", en = \"\" }",
            "12: service 'medical' labels: 'french' is not a language code; use a two- or three-letter code: fr",
            "12: service 'medical' labels: en must be the service's name in that language, in quotes, like en = \"…\" (found text in quotes)"),
        Edit(
            prefix, prefix + "\nhours = { lundi = \"10:00-12:00\", closed_dates = [\"2026-12-25\"] }",
            "12: service 'medical' hours: 'lundi' is not a day of the week; write days in English: monday",
            "12: service 'medical' hours: closed_dates belongs in [hours]; a closed date closes every service"),
        Edit(
            "labels = { fr = \"Médecin\", en = \"Doctor\" }", "labels = { fr = \"Médecin\", en = \"Doctor\" }\n\n[[service]]\nid = \"medical\"\nprefix = \"S\"",
            "15: service 'medical' is defined twice (first on line 10)"),
        Edit(
            "labels = { fr = \"Médecin\", en = \"Doctor\" }", "labels = { fr = \"Médecin\", en = \"Doctor\" }\n\n[[service]]\nid = \"social\"\nprefix = \"M\"",
            "16: services 'medical' and 'social' both use prefix M (medical on line 11)"),
        Edit("[[service]]", "[service]", "9: write [[service]] with double brackets, once before each service"),
        Edit(
            "[[service]]", "[servce]", "9: unknown section [servce]; did you mean [[service]]?",
            "16: desk 'room-1' serves unknown service 'medical'",
            "-: at least one service is needed: add a [[service]] section with id and prefix"),
        // Desks.
        Edit(
            end, end + "\n\n[[desk]]\nid = \"room-1\"\nservices = [\"medical\"]",
            "19: desk 'room-1' is defined twice (first on line 15)"),
        Edit(desk, "services = [\"medical\", \"medicl\"]", "16: desk 'room-1' serves unknown service 'medicl'; did you mean 'medical'?"),
        Edit(desk, "services = [\"dentist\"]", "16: desk 'room-1' serves unknown service 'dentist'; the services are medical"),
        Edit(desk, "", "14: desk 'room-1' needs services, like services = [\"medical\", \"social\"]"),
        Edit("id = \"room-1\"", "id = \"Room 1\"", "15: desk name 'Room 1' must be lowercase letters, digits, '-' or '_'"),
        Edit(desk, "services = [\"medical\", 2]", "16: desk 'room-1': every item of services must be text in quotes, like services = [\"medical\", \"social\"] (found a whole number)"),
        // Hours.
        Edit(monday, "monday = \"10:00-25:00\"", "7: [hours]: monday: '25:00' is not a time of day; write HH:MM from 00:00 to 24:00"),
        Edit(monday, "monday = \"19:00-10:00\"", "7: [hours]: monday: '19:00-10:00' ends before it starts; a window cannot cross midnight (write 22:00-24:00 and 00:00-02:00 on the next day)"),
        Edit(monday, "monday = \"09:00-13:00, 12:00-17:00\"", "7: [hours]: monday: windows 09:00-13:00 and 12:00-17:00 overlap"),
        Edit(monday, "monday = [\"09:00-13:00\", \"12:00-17:00\"]", "7: [hours]: monday: windows 09:00-13:00 and 12:00-17:00 overlap"),
        Edit(monday, "lundi = \"10:00-19:00\"", "7: [hours]: 'lundi' is not a day of the week; write days in English: monday"),
        Edit(monday, "thrusday = \"10:00-19:00\"", "7: [hours]: 'thrusday' is not a day of the week; did you mean 'thursday'?"),
        Edit(monday, "holiday = \"10:00-19:00\"", "7: [hours]: 'holiday' is not a day of the week; use monday … sunday (or mon … sun), or a range such as monday-friday"),
        Edit(monday, "time_zone = \"Europe/Brussels\"", "7: [hours]: 'time_zone' is not a day; it belongs in [site]"),
        Edit(monday, monday + "\nmonday-friday = \"10:00-12:00\"", "8: [hours]: monday is given twice (first on line 7); give each day once"),
        Edit(monday, "monday = 10", "7: [hours]: monday must be hours in quotes, like monday = \"10:00-19:00\" or \"closed\" (found a whole number)"),
        Edit(monday, monday + "\nclosed_dates = [\"2026-02-30\"]", "8: [hours]: '2026-02-30' is not a date; write YYYY-MM-DD, like 2026-12-25"),
        Edit(monday, monday + "\nclosed_dates = [\"2027-01-02..2026-12-24\"]", "8: [hours]: the range '2027-01-02..2026-12-24' ends before it starts"),
        // Site.
        Edit("name = \"Test centre\"", "name = 5", "2: [site]: name must be text in quotes, like name = \"MASS de Bruxelles\" (found a whole number)"),
        Edit("name = \"Test centre\"", "", "1: [site] needs name, like name = \"MASS de Bruxelles\""),
        Edit("name = \"Test centre\"", "name = \"  \"", "2: [site]: the name is empty; write the site's name"),
        Edit("name = \"Test centre\"", "nmae = \"Test centre\"", "1: [site] needs name, like name = \"MASS de Bruxelles\"", "2: [site]: unknown key 'nmae'; did you mean 'name'?"),
        Edit("name = \"Test centre\"", "name = \"Test centre\"\nopening = 1", "3: [site]: unknown key 'opening'; the keys here are name, time_zone, languages, priority_ratio, consultation_minutes, late_check_in_minutes"),
        Edit(
            "time_zone = \"Europe/Brussels\"", "time_zone = \"Europe/Bruxelles\"",
            "3: [site]: unknown time zone 'Europe/Bruxelles'; write it as Region/City in English, like \"Europe/Brussels\" (the names are those under /usr/share/zoneinfo, from the tzdata package)"),
        Edit("time_zone = \"Europe/Brussels\"", "time_zone = \"../../etc/passwd\"", "3: [site]: time_zone '../../etc/passwd' is not a zone name; write it as Region/City, like \"Europe/Brussels\""),
        Edit("time_zone = \"Europe/Brussels\"", "timezone = \"Europe/Brussels\"", "1: [site] needs time_zone, like time_zone = \"Europe/Brussels\"", "3: [site]: unknown key 'timezone'; did you mean 'time_zone'?"),
        Edit("languages = [\"fr\", \"en\"]", "languages = [\"french\", \"en\"]", "4: [site]: 'french' is not a language code; use a two- or three-letter code: fr"),
        Edit("languages = [\"fr\", \"en\"]", "languages = [\"fr\", \"en\", \"fr\"]", "4: [site]: language 'fr' is listed twice"),
        Edit("languages = [\"fr\", \"en\"]", "languages = []", "4: [site]: at least one kiosk language is needed"),
        Edit("languages = [\"fr\", \"en\"]", "languages = [\"fr\"]\nconsultation_minutes = 0", "5: [site]: consultation_minutes must be from 1 to 480 (found 0)"),
        Edit("languages = [\"fr\", \"en\"]", "languages = [\"fr\"]\nlate_check_in_minutes = 300", "5: [site]: late_check_in_minutes must be from 0 to 240 (found 300)"),
        Edit("languages = [\"fr\", \"en\"]", "languages = [\"fr\"]\npriority_ratio = \"2\"", "5: [site]: priority_ratio must be two whole numbers from 1 to 100, priority first: \"1:2\" calls at most 1 priority ticket, then 2 walk-ins"),
        Edit("languages = [\"fr\", \"en\"]", "languages = [\"fr\"]\npriority_ratio = { priority = 1, walkin = 2 }", "5: [site] priority_ratio: unknown key 'walkin'; did you mean 'walk_in'?", "5: [site] priority_ratio needs walk_in, like walk_in = 2"),
        Edit("[site]", "[[site]]", "1: write [site] with single brackets: the file has one site section"),
        Edit("[site]", "name = \"x\"\n[site]", "1: 'name' is above every section; it belongs in [site]: move it below that line"),
        // Server.
        Edit(end, end + "\n\n[server]\nlisten = [\"127.0.0.1\"]", "19: [server]: listen '127.0.0.1' needs a port, like 127.0.0.1:7878"),
        Edit(end, end + "\n\n[server]\nlisten = [\"localhost:99999\", \"unix:queue.sock\"]", "19: [server]: listen 'localhost:99999': the port must be a number from 0 to 65535, like 127.0.0.1:7878", "19: [server]: listen 'unix:queue.sock': a Unix socket needs an absolute path, like unix:/run/queue-server/queue.sock"),
        Edit(end, end + "\n\n[server]\nlisten = [\"300.1.1.1:80\", \"[::1]:80\", \"[::1]:80\"]", "19: [server]: listen '300.1.1.1:80': '300.1.1.1' is not an IPv4 address", "19: [server]: listen address [::1]:80 is given twice"),
        Edit(end, end + "\n\n[server]\nlisten = 7878", "19: [server]: listen must be a list of texts in quotes, like listen = [\"127.0.0.1:7878\", \"unix:/run/queue-server/queue.sock\"] (found a whole number)"),
        Edit(end, end + "\n\n[server]\nretention_days = 0", "19: [server]: retention_days must be from 1 to 36500 (found 0)"),
        Edit(end, end + "\n\n[server]\ndatabse = \"x.db\"", "19: [server]: unknown key 'databse'; did you mean 'database'?"),
        Edit(end, end + "\n\n[limits]\nmax_conections = 10", "19: [limits]: unknown key 'max_conections'; did you mean 'max_connections'?"),
        Edit(end, end + "\n\n[limits]\nmax_frame_length = 10", "19: [limits]: max_frame_length must be from 1024 to 16777216 (found 10)"),
    ])
    func eachMistakeIsReportedOnItsLine(edit: Edit) {
        let text = Support.minimal.replacingFirst(edit.replace, with: edit.with)
        #expect(Support.lines(text) == edit.expected)
    }

    @Test func descriptionsReadLikeACompilersAndListItemsHaveAColumn() {
        let text = Support.minimal
            .replacingFirst(Self.prefix, with: "prefix = \"MM\"")
            .replacingFirst(Self.desk, with: "services = [\"medical\", \"medicl\"]")
        let problems = Support.problems(text)
        #expect(
            problems.map(\.description) == [
                "site.toml:11: service 'medical': prefix must be one uppercase letter A-Z (found 'MM')",
                "site.toml:16:24: desk 'room-1' serves unknown service 'medicl'; did you mean 'medical'?",
            ])
    }

    @Test func syntaxErrorsCarryTheirColumn() {
        let problems = Support.problems(Support.minimal.replacingFirst(Self.monday, with: "monday = 10:00-19:00"))
        #expect(problems.map(\.description) == ["site.toml:7:10: put times in quotes, like \"10:00-19:00\""])
    }

    @Test func aFileWithoutSiteOrServices() {
        #expect(
            Support.lines("# nothing yet\n") == [
                "-: the file needs a [site] section with at least name and time_zone, like:\n    [site]\n    name = \"Centre d'accueil\"\n    time_zone = \"Europe/Brussels\"",
                "-: at least one service is needed: add a [[service]] section with id and prefix",
            ])
    }

    @Test func warningsDoNotStopTheFile() throws {
        let text = Support.minimal
            .replacingFirst("languages = [\"fr\", \"en\"]", with: "languages = [\"fr\", \"en\", \"ar\"]")
            .replacingFirst(Self.end, with: Self.end + "\n\n[[service]]\nid = \"social\"\nprefix = \"S\"\nhours = { sunday = \"10:00-12:00\" }")
        let file = try Support.parse(text)
        #expect(
            file.warnings.map(\.description) == [
                "site.toml:9: warning: service 'medical' has no label in ar; the kiosk shows 'medical' there",
                "site.toml:18: warning: service 'social' has no label in fr, en, ar; the kiosk shows 'social' there",
                "site.toml:18: warning: no desk serves service 'social', so its tickets are never called",
                "site.toml:18: warning: service 'social': its hours on sunday (10:00-12:00) are outside the site's (closed), so it takes no tickets then",
            ])
    }
}
