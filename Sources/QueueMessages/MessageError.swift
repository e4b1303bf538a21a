/// Why a protobuf message could not become a QueueCore value: the bytes do not decode, or a
/// field is missing or holds something malformed. Decoding from the network or the disk never
/// traps; it throws this, naming the field.
public enum MessageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not a valid encoding of the message.
    case undecodable(message: String, reason: String)
    /// A required field is absent or empty.
    case missing(field: String)
    /// A field holds a value that does not parse as what it should be.
    case malformed(field: String, value: String, expected: String)
    /// An enum value or event kind this version does not know (sent by a newer peer).
    case unknownCase(field: String)

    /// The field at fault, as a dotted path from the outer message (`ticket_issued.number`).
    public var field: String? {
        switch self {
        case .undecodable: nil
        case .missing(let field), .malformed(let field, _, _), .unknownCase(let field): field
        }
    }

    public var description: String {
        switch self {
        case .undecodable(let message, let reason): "\(message) does not decode: \(reason)"
        case .missing(let field): "\(field) is missing"
        case .malformed(let field, let value, let expected): "\(field) '\(value)' is not \(expected)"
        case .unknownCase(let field): "\(field) has a value this version does not know"
        }
    }

    /// The same error, with its field path prefixed by `parent`.
    func within(_ parent: String) -> MessageError {
        switch self {
        case .undecodable: self
        case .missing(let field): .missing(field: "\(parent).\(field)")
        case .malformed(let field, let value, let expected):
            .malformed(field: "\(parent).\(field)", value: value, expected: expected)
        case .unknownCase(let field): .unknownCase(field: "\(parent).\(field)")
        }
    }
}

/// Runs `decode` on a nested message, prefixing the field path of any `MessageError` with `field`.
func nested<T>(_ field: String, _ decode: () throws -> T) throws -> T {
    do {
        return try decode()
    } catch let error as MessageError {
        throw error.within(field)
    }
}

/// Decodes each element of a repeated field, naming `field[index]` in errors.
func decodeEach<Message, Value>(
    _ field: String, _ messages: [Message], _ decode: (Message) throws -> Value
) throws -> [Value] {
    try messages.enumerated().map { index, message in try nested("\(field)[\(index)]") { try decode(message) } }
}
