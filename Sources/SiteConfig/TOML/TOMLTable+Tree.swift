/// Building the tree: headers, dotted keys and the TOML rules about redefining things.
extension TOMLTable {
    /// Runs `body` on the table at `path` below this one, creating missing tables with `origin`
    /// and going into the last table of a `[[…]]` list.
    mutating func descend<R>(
        _ path: ArraySlice<TOMLKey>, creating origin: Origin, _ body: (inout TOMLTable) throws(TOMLSyntaxError) -> R
    ) throws(TOMLSyntaxError) -> R {
        guard let key = path.first else { return try body(&self) }
        guard let index = index(of: key.name) else {
            var table = TOMLTable(origin: origin, position: key.position)
            let result = try table.descend(path.dropFirst(), creating: origin, body)
            append(Entry(key: key.name, keyPosition: key.position, value: TOMLValue(kind: .table(table), position: key.position)))
            return result
        }
        return try modify(at: index) { (entry) throws(TOMLSyntaxError) -> R in
            switch entry.value.kind {
            case .table(var table):
                guard table.origin != .inline else {
                    throw TOMLSyntaxError(
                        "'\(key.name)' was written as { … } on line \(entry.keyPosition.line) and cannot get more keys here",
                        at: key.position)
                }
                let result = try table.descend(path.dropFirst(), creating: origin, body)
                entry.value.kind = .table(table)
                return result
            case .tableArray(var tables):
                let result = try tables[tables.count - 1].descend(path.dropFirst(), creating: origin, body)
                entry.value.kind = .tableArray(tables)
                return result
            default:
                throw TOMLSyntaxError(
                    "'\(key.name)' is already set to a value on line \(entry.keyPosition.line), so it cannot hold keys",
                    at: key.position)
            }
        }
    }

    /// `[path]` or `[[path]]` at `position`.
    mutating func defineTable(_ path: [TOMLKey], isArray: Bool, at position: SourcePosition) throws(TOMLSyntaxError) {
        let name = path.dotted
        let last = path[path.count - 1]
        try descend(path.dropLast(), creating: .implicit) { (parent) throws(TOMLSyntaxError) in
            let fresh = TOMLTable(origin: .header, position: position)
            guard let index = parent.index(of: last.name) else {
                let kind: TOMLValue.Kind = isArray ? .tableArray([fresh]) : .table(fresh)
                parent.append(Entry(key: last.name, keyPosition: last.position, value: TOMLValue(kind: kind, position: position)))
                return
            }
            try parent.modify(at: index) { (entry) throws(TOMLSyntaxError) in
                let line = entry.value.position.line
                switch (entry.value.kind, isArray) {
                case (.tableArray(var tables), true):
                    tables.append(fresh)
                    entry.value.kind = .tableArray(tables)
                case (.table(var table), false) where table.origin == .implicit:
                    table.origin = .header
                    table.position = position
                    entry.value.kind = .table(table)
                case (.table(let table), false) where table.origin == .header:
                    throw TOMLSyntaxError(
                        "[\(name)] appears twice (first on line \(table.position.line)); "
                            + "to list several, write [[\(name)]] with double brackets each time",
                        at: position)
                case (.table, true):
                    throw TOMLSyntaxError(
                        "[[\(name)]]: '\(name)' is already a single table (line \(line)); use [[\(name)]] for every one",
                        at: position)
                case (.tableArray, false):
                    throw TOMLSyntaxError(
                        "[\(name)]: '\(name)' is a list of tables (line \(line)); write [[\(name)]] to add one more",
                        at: position)
                default:
                    throw TOMLSyntaxError(
                        "[\(name)]: '\(name)' is already set on line \(entry.keyPosition.line)", at: position)
                }
            }
        }
    }

    /// `path = value` in this table; dotted keys create tables on the way.
    mutating func insert(_ value: TOMLValue, at path: [TOMLKey]) throws(TOMLSyntaxError) {
        let last = path[path.count - 1]
        try descend(path.dropLast(), creating: .dotted) { (table) throws(TOMLSyntaxError) in
            if let existing = table[last.name] {
                throw TOMLSyntaxError(
                    "'\(last.name)' is set twice (first on line \(existing.keyPosition.line)); keep one", at: last.position)
            }
            table.append(Entry(key: last.name, keyPosition: last.position, value: value))
        }
    }
}
