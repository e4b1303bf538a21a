/// Reads the keys of one table with the types they must have. A wrong type, a missing
/// required key and an unknown key each become a problem naming the table (`[site]`,
/// `service 'medical'`) and the line.
struct TableReader {
    let table: TOMLTable
    /// How messages name the table: `[site]`, `service 'medical'`.
    let context: String
    let problems: ProblemCollector

    init(_ table: TOMLTable, context: String, problems: ProblemCollector) {
        self.table = table
        self.context = context
        self.problems = problems
    }

    /// Reads `table`, first reporting every key that is not in `known`.
    init(_ table: TOMLTable, context: String, known: [String], problems: ProblemCollector) {
        self.init(table, context: context, problems: problems)
        reportUnknownKeys(known: known)
    }

    /// The same table under another name: once an `id` is read, messages name the service.
    func renamed(_ context: String) -> TableReader {
        TableReader(table, context: context, problems: problems)
    }

    /// Each key not in `known` is a problem, with the closest known key as a hint.
    func reportUnknownKeys(known: [String]) {
        for entry in table.entries where !known.contains(entry.key) {
            problems.add(unknownKeyMessage(entry.key, known: known), at: entry.keyPosition)
        }
    }

    func unknownKeyMessage(_ key: String, known: [String]) -> String {
        var message = "\(context): unknown key '\(key)'"
        if let suggestion = KeySuggestion.closest(to: key, in: known) {
            message += "; did you mean '\(suggestion)'?"
        } else if let section = SiteFileSchema.section(of: key) {
            message += "; '\(key)' belongs in \(section)"
        } else {
            message += "; the keys here are " + known.joined(separator: ", ")
        }
        return message
    }

    func entry(_ key: String) -> TOMLTable.Entry? { table[key] }

    /// Reports `key` as missing, unless a broken line of this table may have held it.
    func missing(_ key: String, example: String) {
        guard !table.hasBrokenLines else { return }
        problems.add("\(context) needs \(key), like \(example)", at: table.position)
    }

    func wrongType(_ entry: TOMLTable.Entry, expected: String, example: String) {
        problems.add(
            "\(context): \(entry.key) must be \(expected), like \(example) (found \(entry.value.kindName))",
            at: entry.value.position)
    }

    func string(_ key: String, example: String, required: Bool = false) -> Located<String>? {
        guard let entry = entry(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        guard case .string(let text) = entry.value.kind else {
            wrongType(entry, expected: "text in quotes", example: example)
            return nil
        }
        return Located(value: text, position: entry.value.position)
    }

    func integer(_ key: String, in range: ClosedRange<Int>, example: String) -> Located<Int>? {
        guard let entry = entry(key) else { return nil }
        guard case .integer(let number) = entry.value.kind else {
            wrongType(entry, expected: "a whole number", example: example)
            return nil
        }
        guard range.contains(number) else {
            problems.add(
                "\(context): \(key) must be from \(range.lowerBound) to \(range.upperBound) (found \(number))",
                at: entry.value.position)
            return nil
        }
        return Located(value: number, position: entry.value.position)
    }

    /// A list of texts; a single text is taken as a list of one.
    func strings(_ key: String, example: String, required: Bool = false) -> Located<[Located<String>]>? {
        guard let entry = entry(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        let items: [TOMLValue]
        switch entry.value.kind {
        case .string: items = [entry.value]
        case .array(let values): items = values
        default:
            wrongType(entry, expected: "a list of texts in quotes", example: example)
            return nil
        }
        var result: [Located<String>] = []
        for item in items {
            guard case .string(let text) = item.kind else {
                problems.add(
                    "\(context): every item of \(key) must be text in quotes, like \(example) (found \(item.kindName))",
                    at: item.position, showColumn: true)
                continue
            }
            result.append(Located(value: text, position: item.position))
        }
        return Located(value: result, position: entry.value.position)
    }

    /// A sub-table, written `key = { … }` or as its own `[section.key]`.
    func table(_ key: String, example: String) -> TOMLTable? {
        guard let entry = entry(key) else { return nil }
        guard case .table(let table) = entry.value.kind else {
            wrongType(entry, expected: "a table", example: example)
            return nil
        }
        return table
    }
}
