/// Reads the file's characters one at a time and knows the line and column it stands at.
///
/// A `"\r\n"` pair is one `Character` in Swift, so Windows line endings need no extra care.
struct TOMLCursor {
    let characters: [Character]
    private(set) var index = 0
    private(set) var line = 1
    private var lineStart = 0

    init(_ text: String) { characters = Array(text) }

    var position: SourcePosition { SourcePosition(line: line, column: index - lineStart + 1) }
    var atEnd: Bool { index >= characters.count }
    var current: Character? { atEnd ? nil : characters[index] }

    func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    func looksAt(_ text: String) -> Bool {
        var offset = 0
        for character in text {
            guard peek(offset) == character else { return false }
            offset += 1
        }
        return true
    }

    mutating func advance() {
        guard let character = current else { return }
        index += 1
        if character.isNewline {
            line += 1
            lineStart = index
        }
    }

    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    mutating func consume(_ character: Character) -> Bool {
        guard current == character else { return false }
        advance()
        return true
    }

    /// Skips spaces and tabs (not line ends).
    mutating func skipBlanks() {
        while let c = current, c == " " || c == "\t" { advance() }
    }

    /// Skips a `#` comment up to (not including) the line end.
    mutating func skipComment() {
        guard current == "#" else { return }
        while let c = current, !c.isNewline { advance() }
    }

    /// Skips blanks, comments and line ends: the space between the items of a list.
    mutating func skipBlanksCommentsAndLines() {
        while true {
            skipBlanks()
            skipComment()
            guard let c = current, c.isNewline else { return }
            advance()
        }
    }

    /// Moves to the start of the next line.
    mutating func skipLine() {
        while let c = current, !c.isNewline { advance() }
        advance()
    }

    /// The rest of the current line, without moving.
    func restOfLine() -> Substring {
        var end = index
        while end < characters.count, !characters[end].isNewline { end += 1 }
        return String(characters[index..<end])[...]
    }
}
