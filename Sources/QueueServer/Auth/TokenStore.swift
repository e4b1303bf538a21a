/// The device tokens a server accepts, each with its device's role and name. A lookup compares
/// the presented token with every entry in constant time, so neither timing nor the order of
/// the file tells an attacker anything. Empty when no tokens are configured.
public struct TokenStore: Sendable, CustomStringConvertible {
    struct Entry: Sendable {
        let device: TokenDevice
        let token: AccessToken
    }

    let entries: [Entry]
    /// The file the tokens came from, for the logs.
    public let source: String?

    init(entries: [Entry], source: String?) {
        self.entries = entries
        self.source = source
    }

    /// No tokens: only local peers are let in (see `AuthPolicy`).
    public static let empty = TokenStore(entries: [], source: nil)

    public var isEmpty: Bool { entries.isEmpty }

    /// The devices, in file order (no tokens).
    public var devices: [TokenDevice] { entries.map(\.device) }

    /// The device whose token is `token`, or nil. Looks at every entry whatever it finds.
    public func device(for token: AccessToken) -> TokenDevice? {
        var found = -1
        for (index, entry) in entries.enumerated() {
            let mask = entry.token.matchMask(token)
            found = (index & mask) | (found & ~mask)
        }
        return found >= 0 ? entries[found].device : nil
    }

    public var description: String {
        let from = source.map { " from \($0)" } ?? ""
        return "\(entries.count) device token\(entries.count == 1 ? "" : "s")\(from)"
    }
}
