import QueueCore

/// Values: strings, numbers, booleans, dates, lists and inline tables.
extension TOMLParser {
    mutating func value() throws(TOMLSyntaxError) -> TOMLValue {
        let position = cursor.position
        switch cursor.current {
        case nil, "#":
            throw TOMLSyntaxError("a value is missing after '='", at: position)
        case let c? where c.isNewline:
            throw TOMLSyntaxError("a value is missing after '='", at: position)
        case "\"":
            return cursor.looksAt("\"\"\"") ? try multiLineString(quote: "\"") : try basicString()
        case "'":
            return cursor.looksAt("'''") ? try multiLineString(quote: "'") : try literalString()
        case "[":
            return try array()
        case "{":
            return try inlineTable()
        default:
            return try bareValue()
        }
    }

    mutating func array() throws(TOMLSyntaxError) -> TOMLValue {
        let start = cursor.position
        var items: [TOMLValue] = []
        try delimitedItems(close: "]", what: "the list opened here is never closed with ']'", between: "the items of the list") {
            (parser) throws(TOMLSyntaxError) in
            items.append(try parser.value())
        }
        return TOMLValue(kind: .array(items), position: start)
    }

    /// `{ fr = "Médical", en = "Medical" }`; may span lines and end with a comma (as TOML 1.1 allows).
    mutating func inlineTable() throws(TOMLSyntaxError) -> TOMLValue {
        let start = cursor.position
        var table = TOMLTable(origin: .inline, position: start)
        try delimitedItems(
            close: "}", what: "the table opened here with '{' is never closed with '}'", between: "the keys of { … }"
        ) { (parser) throws(TOMLSyntaxError) in
            let path = try parser.keyPath()
            parser.cursor.skipBlanks()
            guard parser.cursor.consume("=") else {
                throw TOMLSyntaxError("expected '=' after '\(path.dotted)' inside { … }", at: parser.cursor.position)
            }
            parser.cursor.skipBlanks()
            try table.insert(try parser.value(), at: path)
        }
        return TOMLValue(kind: .table(table), position: start)
    }

    /// Reads `item` after item up to `close`, with commas between them and blanks, comments and
    /// line ends anywhere; a comma before `close` is allowed. The cursor is on the opening bracket.
    mutating func delimitedItems(
        close: Character, what neverClosed: String, between: String,
        _ item: (inout TOMLParser) throws(TOMLSyntaxError) -> Void
    ) throws(TOMLSyntaxError) {
        let start = cursor.position
        cursor.advance()
        while true {
            cursor.skipBlanksCommentsAndLines()
            if cursor.consume(close) { return }
            guard !cursor.atEnd else { throw TOMLSyntaxError(neverClosed, at: start) }
            try item(&self)
            cursor.skipBlanksCommentsAndLines()
            if cursor.consume(",") { continue }
            if cursor.consume(close) { return }
            guard !cursor.atEnd else { throw TOMLSyntaxError(neverClosed, at: start) }
            throw TOMLSyntaxError("expected ',' between \(between), or '\(close)' to close it", at: cursor.position)
        }
    }

    /// `true`, `false`, whole numbers and dates; anything else gets a hint about quotes.
    mutating func bareValue() throws(TOMLSyntaxError) -> TOMLValue {
        let position = cursor.position
        var token = ""
        while let c = cursor.current, !c.isNewline, !" \t,]}#".contains(c) {
            token.append(c)
            cursor.advance()
        }
        if token == "true" || token == "false" { return TOMLValue(kind: .boolean(token == "true"), position: position) }
        if let number = Self.integer(token) { return TOMLValue(kind: .integer(number), position: position) }
        if Self.looksLikeDate(token) {
            guard let date = LocalDate(token) else {
                throw TOMLSyntaxError("'\(token)' is not a real date", at: position)
            }
            return TOMLValue(kind: .date(date), position: position)
        }
        throw TOMLSyntaxError(Self.bareValueHint(token), at: position)
    }

    static func bareValueHint(_ token: String) -> String {
        let digitsAndSigns = token.allSatisfy { $0.isASCII && ($0.isNumber || "+-_".contains($0)) }
        if token.contains(":") && token.first?.isNumber == true {
            return "put times in quotes, like \"10:00-19:00\""
        }
        if digitsAndSigns && token.contains(where: \.isNumber) {
            return "'\(token)' is too large or not a whole number"
        }
        if token.contains(".") && token.first?.isNumber == true {
            return "'\(token)' is a decimal number; this file uses whole numbers only"
        }
        if token.first?.isLetter == true {
            return "text goes in double quotes: write \"\(token)\""
        }
        return "'\(token)' is not a value this file understands (text goes in double quotes)"
    }

    /// Whole numbers with an optional sign and `_` between digits (`1_000`).
    static func integer(_ token: String) -> Int? {
        var digits = Substring(token)
        var sign = ""
        if let first = digits.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            digits = digits.dropFirst()
        }
        guard let first = digits.first, first.isASCII, first.isNumber, digits.last?.isNumber == true,
            digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }), !digits.contains("__")
        else { return nil }
        return Int(sign + digits.filter { $0 != "_" })
    }

    static func looksLikeDate(_ token: String) -> Bool {
        let shape = token.map { $0.isASCII && $0.isNumber ? "9" : String($0) }.joined()
        return shape == "9999-99-99"
    }
}
