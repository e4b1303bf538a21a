import QueueCore
import Testing

@testable import SiteConfig

/// The TOML subset: what it reads, and where it says it stopped when it cannot.
@Suite struct TOMLParserTests {
    static func parse(_ text: String) -> (TOMLTable, [TOMLSyntaxError]) { TOMLParser.parse(text) }

    static func value(_ text: String, _ path: String...) -> TOMLValue.Kind? {
        var table = parse(text).0
        for key in path.dropLast() {
            switch table[key]?.value.kind {
            case .table(let inner): table = inner
            case .tableArray(let tables): table = tables[tables.count - 1]
            default: return nil
            }
        }
        return table[path[path.count - 1]]?.value.kind
    }

    static func string(_ text: String, _ path: String...) -> String? {
        var table = parse(text).0
        for key in path.dropLast() {
            guard case .table(let inner) = table[key]?.value.kind else { return nil }
            table = inner
        }
        guard case .string(let value) = table[path[path.count - 1]]?.value.kind else { return nil }
        return value
    }

    @Test func stringsOfEveryForm() {
        #expect(Self.string(#"a = "tab\there \"quoted\" \u00e9 \U0001F600""#, "a") == "tab\there \"quoted\" é 😀")
        #expect(Self.string(#"a = 'C:\path\no escapes'"#, "a") == #"C:\path\no escapes"#)
        #expect(Self.string("a = \"\"\"\nline one\nline two\"\"\"", "a") == "line one\nline two")
        #expect(Self.string("a = \"\"\"one \\\n    two\"\"\"", "a") == "one two")
        #expect(Self.string("a = '''\nraw \\n'''", "a") == "raw \\n")
        #expect(Self.string("a = \"\"\"say \"hi\"\"\"\"", "a") == "say \"hi\"")
        #expect(Self.string("\"quoted key\" = \"x\"", "quoted key") == "x")
        #expect(Self.string("a = \"طبي\" # comment", "a") == "طبي")
    }

    @Test func numbersBooleansDatesAndLists() throws {
        guard case .integer(let n) = Self.value("n = 1_000", "n") else { Issue.record("no integer"); return }
        #expect(n == 1000)
        guard case .integer(let negative) = Self.value("n = -5", "n"), negative == -5 else { Issue.record("no -5"); return }
        guard case .boolean(true) = Self.value("b = true", "b") else { Issue.record("no boolean"); return }
        guard case .date(let date) = Self.value("d = 2026-12-25", "d") else { Issue.record("no date"); return }
        #expect(date == LocalDate(year: 2026, month: 12, day: 25))
        let list = """
            l = [
                "a",   # first
                "b",

                "c",
            ]
            """
        guard case .array(let items) = Self.value(list, "l") else { Issue.record("no list"); return }
        #expect(items.count == 3)
        #expect(items.map(\.position.line) == [2, 3, 5])
    }

    @Test func tablesArraysOfTablesDottedKeysAndInlineTables() {
        let text = """
            [site]
            name = "x"
            [[service]]
            id = "a"
            labels.fr = "A"
            [[service]]
            id = "b"
            [service.hours]
            monday = "10:00-12:00"
            [[service]]
            id = "c"
            labels = { fr = "C", en = "C",
                       ar = "ج", }
            """
        let (root, errors) = Self.parse(text)
        #expect(errors.isEmpty)
        guard case .tableArray(let services) = root["service"]?.value.kind else { Issue.record("no [[service]]"); return }
        #expect(services.count == 3)
        #expect(services.map(\.position.line) == [3, 6, 10])
        guard case .table(let labels) = services[0]["labels"]?.value.kind else { Issue.record("no labels"); return }
        #expect(labels["fr"] != nil)
        #expect(services[1]["hours"] != nil)
        guard case .table(let inline) = services[2]["labels"]?.value.kind else { Issue.record("no inline"); return }
        #expect(inline.entries.map(\.key) == ["fr", "en", "ar"])
    }

    @Test func windowsLineEndingsAreLineEnds() {
        let (root, errors) = Self.parse("[site]\r\nname = \"x\"\r\n\r\nbad\r\n")
        #expect(root["site"] != nil)
        #expect(errors.map(\.position.line) == [4])
    }

    @Test(arguments: [
        ("name \"x\"", 1, 6, "expected '=' after 'name'"),
        ("name: \"x\"", 1, 5, "write '=' between 'name' and its value, not ':'"),
        ("a = \"open", 1, 5, "has no closing double quote"),
        ("a = [\"x\",\n\"y\"", 1, 5, "never closed with ']'"),
        ("a = Centre", 1, 5, "text goes in double quotes: write \"Centre\""),
        ("monday = 10:00-19:00", 1, 10, "put times in quotes"),
        ("n = 12.5", 1, 5, "decimal number"),
        ("n = 99999999999999999999", 1, 5, "too large"),
        ("d = 2026-02-30", 1, 5, "not a real date"),
        ("a = \"x\" \"y\"", 1, 9, "unexpected '\"y\"' after the value"),
        ("a = \"bad \\q\"", 1, 11, "unknown escape '\\q'"),
        ("a = 1\na = 2", 2, 1, "'a' is set twice (first on line 1)"),
        ("[site]\n[site]", 2, 1, "[site] appears twice (first on line 1)"),
        ("[site\nname = 1", 1, 6, "close the table name with ']'"),
        ("[[service]\n", 1, 11, "close [[service]] with two brackets"),
        ("a = 1\n[a]", 2, 1, "already set on line 1"),
        ("a = {x = 1}\n[a]", 2, 1, "already set on line 1"),
        ("a = { x = 1 }\na.y = 2", 2, 1, "was written as { … } on line 1"),
        ("café = 1", 1, 4, "needs the key in quotes"),
        ("= 1", 1, 1, "expected a key"),
        ("a =", 1, 4, "a value is missing"),
        ("a = [1 2]", 1, 8, "expected ',' between the items"),
    ])
    func syntaxErrorsSayWhereAndWhat(text: String, line: Int, column: Int, message: String) {
        let errors = Self.parse(text).1
        #expect(errors.count == 1, "\(errors.map(\.message))")
        #expect(errors.first?.position == SourcePosition(line: line, column: column))
        #expect(errors.first?.message.contains(message) == true, "\(errors.first?.message ?? "none")")
    }

    @Test func aBrokenListDoesNotFloodTheReport() {
        let text = """
            languages = ["fr", "nl" "en",
                "ar",
                "es"]
            name = oops
            ok = 1
            """
        let (root, errors) = Self.parse(text)
        #expect(errors.map(\.position.line) == [1, 4])
        #expect(root["ok"] != nil)
    }

    @Test func keysAfterABrokenHeaderAreNotMisfiled() {
        let (root, errors) = Self.parse("[site]\nname = \"a\"\n[hours\nmonday = \"x\"\n[server]\nlisten = \"y\"")
        #expect(errors.count == 1)
        guard case .table(let site) = root["site"]?.value.kind else { Issue.record("no [site]"); return }
        #expect(site["monday"] == nil)
        #expect(root["server"] != nil)
    }
}
