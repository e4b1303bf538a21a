/// How many terminal columns text takes: combining marks and zero-width characters take none,
/// East Asian wide characters two, everything else one. Enough for Latin, Arabic, Cyrillic,
/// Ethiopic and the block font; no dependency on a terminal database.
public enum DisplayWidth {
    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0x200B || value == 0x200C || value == 0x200D || value == 0x200E || value == 0x200F || value == 0xFEFF {
            return 0
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
        {
            return 2
        }
        return 1
    }

    /// The longest prefix of `text` that fits in `columns`.
    public static func truncate(_ text: String, to columns: Int) -> String {
        var width = 0
        var result = ""
        for character in text {
            let w = of(String(character))
            if width + w > columns { break }
            width += w
            result.append(character)
        }
        return result
    }

    /// `text` cut or padded with spaces to exactly `columns`, placed by `alignment`.
    public static func fit(_ text: String, _ columns: Int, _ alignment: Screen.Alignment) -> String {
        let cut = truncate(text, to: columns)
        let room = columns - of(cut)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: room)
        case .right: return String(repeating: " ", count: room) + cut
        case .center:
            let left = room / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: room - left)
        }
    }

    /// `text` cut into lines of at most `columns`, at spaces where possible.
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if of(candidate) <= columns {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            var rest = word
            while of(rest) > columns {
                let head = truncate(rest, to: columns)
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            line = rest
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
