import QueueCore

/// What a screen shows, as data: lines of text with an alignment and a style. Screen models
/// (kiosk, desk, board) produce one from their state and the terminal size, so tests read them
/// without a terminal; `ScreenRenderer` turns it into ANSI bytes.
public struct Screen: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, center, right }
    public enum Style: Hashable, Sendable { case normal, bold, inverse, dim }

    public struct Line: Hashable, Sendable {
        public var text: String
        public var alignment: Alignment
        public var style: Style

        public init(_ text: String, _ alignment: Alignment = .left, _ style: Style = .normal) {
            self.text = text
            self.alignment = alignment
            self.style = style
        }
    }

    public var lines: [Line]

    public init(_ lines: [Line] = []) { self.lines = lines }

    public mutating func add(_ text: String, _ alignment: Alignment = .left, _ style: Style = .normal) {
        lines.append(Line(text, alignment, style))
    }

    public mutating func blank(_ count: Int = 1) {
        for _ in 0..<count { lines.append(Line("")) }
    }

    /// Adds `text` wrapped to `columns`, each line aligned the same way.
    public mutating func addWrapped(_ text: String, columns: Int, _ alignment: Alignment = .left, _ style: Style = .normal) {
        for line in DisplayWidth.wrap(text, to: columns) { add(line, alignment, style) }
    }

    /// Exactly `size.rows` lines of exactly `size.columns` columns: what the terminal will show
    /// (without styles). Extra lines are cut; missing ones are blank.
    public func text(in size: TerminalSize) -> [String] {
        (0..<size.rows).map { row in
            row < lines.count ? DisplayWidth.fit(lines[row].text, size.columns, lines[row].alignment)
                : String(repeating: " ", count: size.columns)
        }
    }

    /// The "terminal too small" screen, in `language`.
    public static func tooSmall(_ size: TerminalSize, needs: TerminalSize, language: LanguageCode) -> Screen {
        var screen = Screen()
        screen.addWrapped(
            KioskText.text(
                .terminalTooSmall, language,
                [
                    "columns": "\(size.columns)", "rows": "\(size.rows)", "needColumns": "\(needs.columns)",
                    "needRows": "\(needs.rows)",
                ]), columns: max(1, size.columns))
        return screen
    }
}
