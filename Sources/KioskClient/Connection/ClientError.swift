import QueueCore
import WireProtocol

/// Why a call or a connection failed, as the client saw it: the server's status code, its
/// English message and its detail (for building text in the patient's language), plus where
/// the failure happened, which says whether the request may have been executed.
public struct ClientError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the failure was seen.
    public enum Origin: Hashable, Sendable {
        /// The server answered with this status: the command was not executed.
        case server
        /// The server could not be reached (connect, handshake): nothing was sent.
        case unreachable
        /// The connection broke while the call was open: it may or may not have been executed.
        case connectionLost
        /// Refused on this side before anything was sent (a closed client, a bad reply).
        case local
    }

    public var code: StatusCode
    public var message: String
    public var detail: WireErrorDetail?
    public var origin: Origin

    public init(_ code: StatusCode, _ message: String, detail: WireErrorDetail? = nil, origin: Origin = .server) {
        self.code = code
        self.message = message
        self.detail = detail
        self.origin = origin
    }

    /// The error a STATUS frame carries.
    public init(_ status: WireCallStatus) {
        self.init(status.statusCode, status.message, detail: status.hasDetail ? status.detail : nil)
    }

    /// The error a GOAWAY carries, for calls it ends or refuses.
    public init(_ goAway: WireGoAway, origin: Origin = .server) {
        self.init(goAway.statusCode, goAway.message, detail: goAway.hasDetail ? goAway.detail : nil, origin: origin)
    }

    public static func unreachable(_ why: String) -> ClientError {
        ClientError(.unavailable, why, origin: .unreachable)
    }

    public static func connectionLost(_ why: String) -> ClientError {
        ClientError(.unavailable, why, origin: .connectionLost)
    }

    /// The detail's reason, `.unspecified` when there is none.
    public var reason: WireErrorDetail.Reason { detail?.reason ?? .unspecified }

    /// The refusal by the queue rules this is, if it is one (unknown service, closed, cap…).
    public var queueError: QueueError? {
        guard let detail else { return nil }
        return (try? QueueError(detail)) ?? nil
    }

    /// Whether the queue rules refused (reasons 1-99): retrying gives the same answer.
    public var isRuleRefusal: Bool {
        origin == .server && (1...99).contains(reason.rawValue)
    }

    /// Whether trying again later, on a new connection if needed, can succeed: the server was
    /// unreachable, is going away, was busy, or the deadline passed before the command ran.
    public var isRetryable: Bool {
        switch origin {
        case .unreachable, .connectionLost: return true
        case .local: return code == .unavailable
        case .server:
            switch code {
            case .unavailable, .deadlineExceeded: return true
            case .resourceExhausted: return reason == .tooManyCalls || reason == .slowSubscriber
            default: return false
            }
        }
    }

    public var description: String {
        switch origin {
        case .unreachable: "cannot reach the queue server: \(message)"
        case .connectionLost: "the connection to the queue server was lost: \(message)"
        case .server, .local: message.isEmpty ? "\(code)" : message
        }
    }
}
