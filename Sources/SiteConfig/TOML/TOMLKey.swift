/// One part of a key or table name (`service`, `hours` in `[service.hours]`) and where it stands.
struct TOMLKey: Sendable {
    var name: String
    var position: SourcePosition

    /// Letters, digits, `_` and `-`: what TOML allows in a key without quotes.
    static func isBareKeyCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-")
    }
}

extension [TOMLKey] {
    /// `service.hours`, for messages.
    var dotted: String { map(\.name).joined(separator: ".") }
}
