/// Keys: bare, quoted and dotted.
extension TOMLParser {
    /// Keys and dotted keys: `name`, `"quoted key"`, `labels.fr`.
    mutating func keyPath() throws(TOMLSyntaxError) -> [TOMLKey] {
        var path = [try key()]
        while true {
            cursor.skipBlanks()
            guard cursor.consume(".") else { return path }
            cursor.skipBlanks()
            path.append(try key())
        }
    }

    mutating func key() throws(TOMLSyntaxError) -> TOMLKey {
        let position = cursor.position
        switch cursor.current {
        case "\"":
            guard case .string(let name) = try basicString().kind else { fatalError("unreachable") }
            return TOMLKey(name: name, position: position)
        case "'":
            guard case .string(let name) = try literalString().kind else { fatalError("unreachable") }
            return TOMLKey(name: name, position: position)
        default:
            var name = ""
            while let c = cursor.current, TOMLKey.isBareKeyCharacter(c) {
                name.append(c)
                cursor.advance()
            }
            guard !name.isEmpty else {
                let found = cursor.current.map { $0.isNewline ? "the end of the line" : "'\($0)'" } ?? "the end of the file"
                throw TOMLSyntaxError(
                    "expected a key (plain letters a-z, digits, '_' or '-') but found \(found)", at: position)
            }
            if let c = cursor.current, c.isLetter || c.isNumber {
                throw TOMLSyntaxError(
                    "keys use plain letters a-z, digits, '_' and '-'; '\(c)' needs the key in quotes", at: cursor.position)
            }
            return TOMLKey(name: name, position: position)
        }
    }
}
