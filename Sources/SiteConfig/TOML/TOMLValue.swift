import QueueCore

/// One value read from the file, with where it was written.
struct TOMLValue: Sendable {
    enum Kind: Sendable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        /// An unquoted local date (`2026-12-25`), as TOML allows.
        case date(LocalDate)
        case array([TOMLValue])
        case table(TOMLTable)
        /// The tables of a `[[name]]` header, in file order.
        case tableArray([TOMLTable])
    }

    var kind: Kind
    var position: SourcePosition

    /// What a volunteer calls this kind of value, for "found …" in messages.
    var kindName: String {
        switch kind {
        case .string: "text in quotes"
        case .integer: "a whole number"
        case .boolean: "true or false"
        case .date: "a date"
        case .array: "a list in [ ]"
        case .table: "a table"
        case .tableArray: "a [[…]] table list"
        }
    }
}
