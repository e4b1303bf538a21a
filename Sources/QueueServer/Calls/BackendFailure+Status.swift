import QueueCore
import WireProtocol

extension BackendFailure {
    /// The STATUS a call ends with when the backend failed this way; `timeZone` gives the
    /// instant of a next opening in a refusal.
    func callStatus(timeZone: TimeZoneRules) -> WireCallStatus {
        switch self {
        case .rejected(let error): WireCallStatus(error, timeZone: timeZone)
        case .storageFailed: .refusal(.storageFailed, "\(self); nothing changed, retry")
        case .shuttingDown: .refusal(.shuttingDown, description)
        case .cannotResume: .refusal(.cannotResume, description)
        case .slowSubscriber: .refusal(.slowSubscriber, description)
        case .invalidArgument(let why):
            WireCallStatus(.invalidArgument, why, detail: .reason(.invalidArgument, text: why))
        }
    }
}
