import QueueCore

/// What the kiosk asks the server after a press. A ticket request carries the press's
/// idempotency key, reused on every retry of that press.
public enum KioskRequest: Hashable, Sendable {
    case take(service: ServiceID, language: LanguageCode, key: IdempotencyKey)
    case checkIn(code: String, language: LanguageCode)

    public var language: LanguageCode {
        switch self {
        case .take(_, let language, _), .checkIn(_, let language): language
        }
    }
}

/// What came back for a `KioskRequest`.
public enum KioskOutcome: Hashable, Sendable {
    case issued(CommandReply)
    case refused(ClientError)
    /// The server could not be reached, even after retrying.
    case unreachable
}
