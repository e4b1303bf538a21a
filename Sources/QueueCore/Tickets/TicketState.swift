/// Where a ticket is in its life: `waiting → called → done | noShow | cancelled`.
public enum TicketState: Hashable, Sendable, CustomStringConvertible {
    case waiting
    /// Called to `desk` at `at` (the latest call or recall).
    case called(desk: DeskID, at: Timestamp)
    case done(at: Timestamp)
    /// Called and did not come; can be reinstated the same day.
    case noShow(at: Timestamp)
    case cancelled(at: Timestamp, reason: CancelReason)

    /// The state without its details, for messages and counting.
    public var kind: Kind {
        switch self {
        case .waiting: .waiting
        case .called: .called
        case .done: .done
        case .noShow: .noShow
        case .cancelled: .cancelled
        }
    }

    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case waiting, called, done, noShow = "no-show", cancelled
    }

    /// Done and cancelled tickets never change again.
    public var isFinal: Bool { kind == .done || kind == .cancelled }

    public var description: String { kind.rawValue }
}

/// Why a ticket was cancelled.
public enum CancelReason: String, Hashable, Sendable, CaseIterable {
    /// Staff or the patient cancelled it.
    case requested
    /// The day ended with the ticket still waiting.
    case endOfDay = "end-of-day"
}
