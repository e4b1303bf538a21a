/// A table of the file: its keys in file order, each with the value and where the key stands.
struct TOMLTable: Sendable {
    /// How the table came to be; decides whether a later header or key may extend it.
    enum Origin: Sendable {
        case root
        /// Written as `[name]` (or as one element of `[[name]]`).
        case header
        /// Created as the parent of a header such as `[service.hours]` before any `[service]`.
        case implicit
        /// Created by a dotted key such as `labels.fr = "…"`.
        case dotted
        /// Written as `{ … }`: closed once written.
        case inline
    }

    struct Entry: Sendable {
        var key: String
        var keyPosition: SourcePosition
        var value: TOMLValue
    }

    var origin: Origin
    /// Where the header or the inline table starts (or its first key).
    var position: SourcePosition
    private(set) var entries: [Entry] = []
    /// A statement inside this table did not parse: missing keys may just be on that line.
    var hasBrokenLines = false

    init(origin: Origin, position: SourcePosition) {
        self.origin = origin
        self.position = position
    }

    subscript(key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    func index(of key: String) -> Int? { entries.firstIndex { $0.key == key } }

    mutating func append(_ entry: Entry) { entries.append(entry) }

    mutating func modify<R, E: Error>(at index: Int, _ body: (inout Entry) throws(E) -> R) throws(E) -> R {
        try body(&entries[index])
    }
}
