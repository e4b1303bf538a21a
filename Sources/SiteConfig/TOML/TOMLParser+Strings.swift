/// The four TOML string forms.
extension TOMLParser {
    /// `"…"` with escapes.
    mutating func basicString() throws(TOMLSyntaxError) -> TOMLValue {
        try singleLineString(quote: "\"", quoteName: "double quote (\")", escapes: true)
    }

    /// `'…'`, taken as written.
    mutating func literalString() throws(TOMLSyntaxError) -> TOMLValue {
        try singleLineString(quote: "'", quoteName: "single quote (')", escapes: false)
    }

    mutating func singleLineString(
        quote: Character, quoteName: String, escapes: Bool
    ) throws(TOMLSyntaxError) -> TOMLValue {
        let start = cursor.position
        cursor.advance()
        var text = ""
        while true {
            guard let c = cursor.current, !c.isNewline else {
                throw TOMLSyntaxError("the text starting here has no closing \(quoteName)", at: start)
            }
            cursor.advance()
            if c == quote { return TOMLValue(kind: .string(text), position: start) }
            if c == "\\" && escapes {
                text.append(try escape())
            } else {
                try checkNotControl(c)
                text.append(c)
            }
        }
    }

    /// `"""…"""` (with escapes and line-ending backslashes) or `'''…'''`.
    mutating func multiLineString(quote: Character) throws(TOMLSyntaxError) -> TOMLValue {
        let start = cursor.position
        let delimiter = String(repeating: quote, count: 3)
        cursor.advance(by: 3)
        if let c = cursor.current, c.isNewline { cursor.advance() }
        var text = ""
        while true {
            guard let c = cursor.current else {
                throw TOMLSyntaxError("the text opened here with \(delimiter) is never closed", at: start)
            }
            if cursor.looksAt(delimiter) {
                cursor.advance(by: 3)
                // Up to two quotes right before the closing delimiter belong to the text.
                for _ in 0..<2 where cursor.current == quote {
                    text.append(quote)
                    cursor.advance()
                }
                return TOMLValue(kind: .string(text), position: start)
            }
            cursor.advance()
            if c == "\\" && quote == "\"" {
                if lineEndingBackslash() { continue }
                text.append(try escape())
            } else {
                if !c.isNewline { try checkNotControl(c) }
                text.append(c)
            }
        }
    }

    /// After a `\` in `"""…"""`: when only blanks follow on the line, skips them, the line end
    /// and the blanks and lines after it.
    mutating func lineEndingBackslash() -> Bool {
        var offset = 0
        while let c = cursor.peek(offset), c == " " || c == "\t" { offset += 1 }
        guard let end = cursor.peek(offset), end.isNewline else { return false }
        while let c = cursor.current, c == " " || c == "\t" || c.isNewline { cursor.advance() }
        return true
    }

    /// The character after a backslash.
    mutating func escape() throws(TOMLSyntaxError) -> Character {
        let position = cursor.position
        guard let c = cursor.current, !c.isNewline else {
            throw TOMLSyntaxError("a backslash must be followed by an escape such as \\n or \\\\", at: position)
        }
        cursor.advance()
        switch c {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "b": return "\u{8}"
        case "f": return "\u{c}"
        case "e": return "\u{1b}"
        case "u", "U":
            let count = c == "u" ? 4 : 8
            var hex = ""
            for _ in 0..<count {
                guard let h = cursor.current, h.isHexDigit else { break }
                hex.append(h)
                cursor.advance()
            }
            guard hex.count == count, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                throw TOMLSyntaxError("\\\(c) must be followed by \(count) hexadecimal digits of a character", at: position)
            }
            return Character(scalar)
        default:
            throw TOMLSyntaxError("unknown escape '\\\(c)' in text; write \\\\ for a backslash", at: position)
        }
    }

    func checkNotControl(_ c: Character) throws(TOMLSyntaxError) {
        if c != "\t", c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw TOMLSyntaxError("the text holds an invisible control character; retype it", at: cursor.position)
        }
    }
}
