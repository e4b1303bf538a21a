import WireProtocol

extension TokenStore {
    /// The longest device name.
    public static let maximumNameLength = 64

    /// Reads a tokens file: one device a line, `role name token` separated by spaces or tabs;
    /// blank lines and lines starting with `#` are skipped, and a `#` after the token starts a
    /// comment. Windows line ends are fine.
    ///
    /// ```
    /// # role   name        token
    /// kiosk    kiosk-hall  q8VfZ1vX2c0Jr7sLkYw3Tn5b   # by the entrance
    /// desk     room-2      Hk4pM9zQe2Rt6Ux1Wy8Ab3Cd
    /// ```
    public init(parsing text: String, source: String? = nil) throws(TokenFileError) {
        var entries: [Entry] = []
        var entryLines: [Int] = []
        var errors: [TokenFileLineError] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            var fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            if fields.count > 3, fields[3].hasPrefix("#") { fields.removeSubrange(3...) }
            switch Self.entry(fields, among: entries, lines: entryLines) {
            case .success(let entry):
                entries.append(entry)
                entryLines.append(number)
            case .failure(let problem):
                errors.append(TokenFileLineError(line: number, problem: problem))
            }
        }
        guard errors.isEmpty else { throw .invalidLines(path: source, errors) }
        self.init(entries: entries, source: source)
    }

    private static func entry(_ fields: [Substring], among entries: [Entry], lines: [Int]) -> Result<Entry, TokenFileProblem> {
        guard fields.count == 3 else { return .failure(.fieldCount(fields.count)) }
        guard let role = Role(rawValue: String(fields[0])) else { return .failure(.unknownRole) }
        let name = String(fields[1])
        guard name.count <= maximumNameLength, name.unicodeScalars.allSatisfy(isNameCharacter) else {
            return .failure(.invalidName)
        }
        let tokenText = fields[2]
        guard tokenText.unicodeScalars.allSatisfy({ $0.isASCII && (0x21...0x7E).contains($0.value) }) else {
            return .failure(.tokenCharacters)
        }
        guard (AccessToken.minimumLength...AccessToken.maximumLength).contains(tokenText.utf8.count) else {
            return .failure(.tokenLength(tokenText.utf8.count))
        }
        let token = AccessToken(bytes: tokenText.utf8)
        if let index = entries.firstIndex(where: { $0.device.name == name }) {
            return .failure(.duplicateName(firstLine: lines[index]))
        }
        if let index = entries.firstIndex(where: { $0.token.matches(token) }) {
            return .failure(.duplicateToken(firstLine: lines[index]))
        }
        return .success(Entry(device: TokenDevice(role: role, name: name), token: token))
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_": true
        default: false
        }
    }
}
