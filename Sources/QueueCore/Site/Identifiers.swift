/// The name of a consultation type in configuration and commands: `medical`, `social`…
public struct ServiceID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public static func < (lhs: ServiceID, rhs: ServiceID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// The name of a desk (a consultation room or counter) in configuration and commands.
public struct DeskID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public static func < (lhs: DeskID, rhs: DeskID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// A language a patient chose at the kiosk, as a lowercase ISO 639 code (`fr`, `nl`, `ar`, `ti`).
///
/// It travels with the ticket so the desk knows an interpreter may be needed and the board
/// can announce the call in that language.
public struct LanguageCode: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    /// Accepts two or three ASCII letters, optionally followed by a region (`pt-br`); lowercases.
    public init?(_ text: some StringProtocol) {
        let lower = text.lowercased()
        let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter }), parts.count <= 2,
            parts.dropFirst().allSatisfy({ (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        self.rawValue = lower
    }

    public init(stringLiteral value: String) {
        guard let code = LanguageCode(value) else { preconditionFailure("invalid language code literal \(value)") }
        self = code
    }

    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// Identifiers used in configuration files: lowercase letters, digits, `-` and `_`, starting with a letter.
public enum Identifier {
    public static func isValid(_ text: some StringProtocol) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter, text.count <= 32 else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
