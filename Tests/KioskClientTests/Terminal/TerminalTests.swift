import KioskClient
import Testing

@Suite struct KeyParserTests {
    @Test func readsDigitsEnterBackspaceAndArrows() {
        var parser = KeyParser()
        let keys = parser.keys(from: Array("12\r".utf8) + [0x7F, 0x1B, 0x5B, 0x41, 0x1B, 0x4F, 0x71])
        #expect(keys == [.character("1"), .character("2"), .enter, .backspace, .up, .character("1")])
    }

    @Test func keepsAnUnfinishedUTF8CharacterForTheNextRead() {
        var parser = KeyParser()
        let bytes = Array("é".utf8)
        #expect(parser.keys(from: bytes.prefix(1)) == [])
        #expect(parser.keys(from: bytes.dropFirst()) == [.character("é")])
    }

    @Test func escapeAloneAndCtrlC() {
        var parser = KeyParser()
        #expect(parser.keys(from: [0x1B]) == [.escape])
        #expect(parser.keys(from: [0x03]) == [.interrupt])
    }
}

@Suite struct ScreenTests {
    @Test func widthCountsArabicMarksAsNothing() {
        #expect(DisplayWidth.of("Médecin") == 7)
        #expect(DisplayWidth.of("\u{0645}\u{064E}") == 1)
        #expect(DisplayWidth.of("█") == 1)
    }

    @Test func linesAreFittedToTheTerminal() {
        var screen = Screen()
        screen.add("left")
        screen.add("right", .right)
        screen.add("mid", .center)
        let lines = screen.text(in: TerminalSize(rows: 4, columns: 9))
        #expect(lines == ["left     ", "    right", "   mid   ", "         "])
    }

    @Test func wrapsAtSpaces() {
        #expect(DisplayWidth.wrap("un deux trois quatre", to: 9) == ["un deux", "trois", "quatre"])
    }

    @Test func blockDigitsAreFiveRowsHigh() {
        let rows = BlockFont.render("M-007")
        #expect(rows.count == 5)
        #expect(Set(rows.map { DisplayWidth.of($0) }).count == 1)
        #expect(rows[0].hasPrefix("█   █"))
    }

    @Test func rendererSkipsNothingAndResetsStyles() {
        var screen = Screen()
        screen.add("Bonjour", .left, .bold)
        let ansi = ScreenRenderer.ansi(screen, size: TerminalSize(rows: 2, columns: 10))
        #expect(ansi.contains("\u{1B}[1;1H\u{1B}[1mBonjour   \u{1B}[0m"))
        #expect(ansi.contains("\u{1B}[2;1H"))
    }
}
