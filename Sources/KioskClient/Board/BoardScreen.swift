import QueueCore

/// Draws the board: the newest call in the block font (number and room), the other calls in
/// progress beside, and the last calls below; a line at the bottom when the server is away.
public enum BoardScreen {
    public static let minimumSize = TerminalSize(rows: 16, columns: 50)

    public static func screen(_ model: BoardModel, size: TerminalSize) -> Screen {
        let language = model.site?.languages.first ?? "fr"
        guard size.fits(minimumSize) else { return .tooSmall(size, needs: minimumSize, language: language) }
        var screen = Screen()
        screen.add(model.site?.name ?? "", .center, .bold)
        screen.add(KioskText.text(.nowCalling, language), .center)
        screen.blank()
        let calls = model.currentCalls
        if let newest = calls.first {
            let big = "\(newest.ticket)"
            for row in BlockFont.render(big) { screen.add(row, .center, .bold) }
            screen.blank()
            screen.add("\(newest.ticket)  →  \(newest.room)", .center, .inverse)
            for other in calls.dropFirst().prefix(3) { screen.add("\(other.ticket)  →  \(other.room)", .center, .bold) }
        } else {
            screen.blank(2)
            screen.add(KioskText.text(.boardWaiting, language), .center)
            screen.blank(2)
        }
        screen.blank()
        let earlier = model.recent.filter { call in !calls.prefix(4).contains { $0.ticket == call.ticket } }
        if !earlier.isEmpty {
            screen.add(KioskText.text(.recentCalls, language), .center, .dim)
            let room = max(0, size.rows - screen.lines.count - 1)
            let row = earlier.prefix(max(1, room) * 3).map { "\($0.ticket) → \($0.room)" }
            var line = ""
            for item in row {
                let candidate = line.isEmpty ? item : line + "    " + item
                if DisplayWidth.of(candidate) > size.columns - 2 {
                    screen.add(line, .center)
                    line = item
                } else {
                    line = candidate
                }
            }
            if !line.isEmpty { screen.add(line, .center) }
        }
        if !model.connected {
            while screen.lines.count < size.rows - 1 { screen.blank() }
            screen.add(KioskText.text(.reconnecting, language), .center, .dim)
        }
        return screen
    }
}
