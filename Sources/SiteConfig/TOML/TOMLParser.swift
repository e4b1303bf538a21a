/// Parses the configuration file's TOML subset into a tree of tables.
///
/// Supported: `# comments`, `key = value`, dotted keys, `[table]`, `[[array.of.tables]]`,
/// strings (basic, literal, multi-line), whole numbers, booleans, local dates, lists and
/// inline tables (which may span lines). Not supported: floats, times and date-times without
/// quotes. Every statement that does not parse is recorded and reading goes on at the next
/// line that starts a statement, so one pass reports every error.
struct TOMLParser {
    var cursor: TOMLCursor
    var root = TOMLTable(origin: .root, position: SourcePosition(line: 1, column: 1))
    /// The table named by the last header; keys go there.
    var currentPath: [TOMLKey] = []
    /// After a header that did not parse, its keys are read but kept nowhere.
    var discarding = false
    var errors: [TOMLSyntaxError] = []

    static func parse(_ text: String) -> (root: TOMLTable, errors: [TOMLSyntaxError]) {
        var parser = TOMLParser(cursor: TOMLCursor(text))
        parser.run()
        return (parser.root, parser.errors)
    }

    mutating func run() {
        while true {
            cursor.skipBlanks()
            guard let c = cursor.current else { return }
            if c.isNewline {
                cursor.advance()
                continue
            }
            if c == "#" {
                cursor.skipComment()
                continue
            }
            let isHeader = c == "["
            do throws(TOMLSyntaxError) {
                if isHeader { try header() } else { try keyValue() }
                try endOfStatement()
            } catch {
                errors.append(error)
                if isHeader { discarding = true } else { markCurrentTableBroken() }
                recover()
            }
        }
    }

    mutating func header() throws(TOMLSyntaxError) {
        let start = cursor.position
        cursor.advance()
        let isArray = cursor.consume("[")
        cursor.skipBlanks()
        let path = try keyPath()
        cursor.skipBlanks()
        guard cursor.consume("]"), !isArray || cursor.consume("]") else {
            throw TOMLSyntaxError(
                isArray ? "close [[\(path.dotted)]] with two brackets ']]'" : "close the table name with ']'",
                at: cursor.position)
        }
        try root.defineTable(path, isArray: isArray, at: start)
        currentPath = path
        discarding = false
    }

    mutating func keyValue() throws(TOMLSyntaxError) {
        let path = try keyPath()
        cursor.skipBlanks()
        guard cursor.consume("=") else {
            let message =
                cursor.current == ":"
                ? "write '=' between '\(path.dotted)' and its value, not ':'"
                : "expected '=' after '\(path.dotted)'"
            throw TOMLSyntaxError(message, at: cursor.position)
        }
        cursor.skipBlanks()
        let value = try value()
        guard !discarding else { return }
        try root.descend(currentPath[...], creating: .implicit) { (table) throws(TOMLSyntaxError) in
            try table.insert(value, at: path)
        }
    }

    /// After a statement: only blanks and a comment may follow on its line.
    mutating func endOfStatement() throws(TOMLSyntaxError) {
        cursor.skipBlanks()
        cursor.skipComment()
        guard let c = cursor.current else { return }
        guard c.isNewline else {
            let rest = cursor.restOfLine().trimmingCharacters(maximum: 30)
            throw TOMLSyntaxError(
                "unexpected '\(rest)' after the value; put one setting on each line", at: cursor.position)
        }
        cursor.advance()
    }

    /// Skips the rest of a broken statement: to the next line that looks like a header or a
    /// `key =` line, so that the continuation lines of a broken list are not read as statements.
    mutating func recover() {
        cursor.skipLine()
        while !cursor.atEnd && !Self.startsStatement(cursor.restOfLine()) {
            cursor.skipLine()
        }
    }

    static func startsStatement(_ line: Substring) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\t" }
        guard let first = text.first else { return true }
        if first == "#" { return true }
        if first == "[" {
            let name = text.drop { $0 == "[" || $0 == " " }
            return name.first.map { TOMLKey.isBareKeyCharacter($0) || $0 == "\"" || $0 == "'" } ?? false
        }
        let key = text.prefix { TOMLKey.isBareKeyCharacter($0) || $0 == "." || $0 == " " }
        return !key.isEmpty && text.dropFirst(key.count).first == "="
    }

    mutating func markCurrentTableBroken() {
        guard !discarding else { return }
        try? root.descend(currentPath[...], creating: .implicit) { (table) throws(TOMLSyntaxError) in
            table.hasBrokenLines = true
        }
    }
}

extension Substring {
    /// At most `maximum` characters, with `…` when cut.
    func trimmingCharacters(maximum: Int) -> String {
        count <= maximum ? String(self) : String(prefix(maximum)) + "…"
    }
}
