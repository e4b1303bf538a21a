/// Turns the file's bytes into text, reporting each line that is not UTF-8 (a file saved as
/// Latin-1 by an old editor) instead of silently garbling accents.
enum SourceText {
    static func decode(_ bytes: [UInt8], source: String) throws(ConfigError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var problems: [ConfigProblem] = []
        var line = 1
        for lineBytes in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if String(validating: lineBytes, as: UTF8.self) == nil {
                problems.append(
                    ConfigProblem(
                        source: source, line: line,
                        message: "this line is not UTF-8 text; save the file as UTF-8 (accents and Arabic need it)"))
            }
            line += 1
        }
        throw ConfigError(problems: problems)
    }

    static func withoutByteOrderMark(_ text: String) -> String {
        text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}
