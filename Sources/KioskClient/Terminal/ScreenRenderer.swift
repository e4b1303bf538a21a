/// Turns a `Screen` into the bytes that draw it on an ANSI terminal: home, each line in its
/// style, cleared to the end. Pure; the same screen twice gives the same bytes, so the I/O layer
/// can skip redrawing when nothing changed.
public enum ScreenRenderer {
    static let escape = "\u{1B}["

    public static func ansi(_ screen: Screen, size: TerminalSize) -> String {
        var output = escape + "H"
        let rows = screen.text(in: size)
        for (index, row) in rows.enumerated() {
            output += escape + "\(index + 1);1H"
            let style = index < screen.lines.count ? screen.lines[index].style : .normal
            output += sgr(style) + row + escape + "0m"
        }
        return output
    }

    static func sgr(_ style: Screen.Style) -> String {
        switch style {
        case .normal: escape + "0m"
        case .bold: escape + "1m"
        case .inverse: escape + "7m"
        case .dim: escape + "2m"
        }
    }

    /// Enter the alternate screen, hide the cursor, clear.
    public static let enter = "\u{1B}[?1049h\u{1B}[?25l\u{1B}[2J"
    /// Show the cursor again and leave the alternate screen.
    public static let leave = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"
}
