import WireProtocol

/// What is wrong with one line of a tokens file. The messages never quote the line: a token
/// in the wrong column would end up in the logs.
public enum TokenFileProblem: Error, Hashable, Sendable, CustomStringConvertible {
    case fieldCount(Int)
    case unknownRole
    case invalidName
    case tokenLength(Int)
    case tokenCharacters
    case duplicateName(firstLine: Int)
    case duplicateToken(firstLine: Int)

    public var description: String {
        switch self {
        case .fieldCount(let count):
            "expected 3 fields, 'role name token', found \(count)"
        case .unknownRole:
            "the first field must be a role: " + Role.allCases.map(\.rawValue).joined(separator: ", ")
        case .invalidName:
            "the device name (second field) may hold letters, digits, '.', '-' and '_', at most \(TokenStore.maximumNameLength)"
        case .tokenLength(let length):
            "the token has \(length) characters; use \(AccessToken.minimumLength) to \(AccessToken.maximumLength) random ones "
                + "(for example from 'head -c 24 /dev/urandom | base64')"
        case .tokenCharacters:
            "the token may hold only visible ASCII characters (no spaces, no accents)"
        case .duplicateName(let line):
            "this device name is already used on line \(line)"
        case .duplicateToken(let line):
            "this token is already used on line \(line); every device needs its own"
        }
    }
}

/// A problem and the line (from 1) it is on.
public struct TokenFileLineError: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let problem: TokenFileProblem

    public var description: String { "line \(line): \(problem)" }
}
