import QueueCore
import WireProtocol

/// The waiting-room board as a pure model: who is called where now, the last calls, and
/// whether the board is connected. Built from GetStatus, then kept live from events; each call
/// or recall it applies is returned, for the announcement.
public struct BoardModel: Sendable {
    public var site: SiteInfo?
    /// Tickets called now, by desk.
    public private(set) var current: [DeskID: BoardCall] = [:]
    /// Calls, newest first, at most `historyLength`.
    public private(set) var recent: [BoardCall] = []
    public var connected = false
    public static let historyLength = 8

    public init() {}

    /// Replaces everything with a fresh picture.
    public mutating func sync(site: SiteInfo, status: QueueStatus) {
        self.site = site
        connected = true
        current = [:]
        for desk in status.desks {
            guard let ticket = desk.current, case .called(let at, let calledAt) = ticket.state else { continue }
            current[desk.desk] = call(ticket, desk: at, at: calledAt)
        }
        recent = status.recentCalls.reversed().prefix(Self.historyLength).map {
            BoardCall(
                ticket: $0.ticket.description, desk: $0.desk, room: site.deskLabel($0.desk), language: $0.language,
                at: $0.at)
        }
    }

    /// Applies one event; the call to announce, if it is a call or a recall.
    public mutating func apply(_ event: QueueEvent) -> BoardCall? {
        switch event.kind {
        case .ticketCalled(let ticket), .ticketRecalled(let ticket):
            guard case .called(let desk, let at) = ticket.state else { return nil }
            let made = call(ticket, desk: desk, at: at)
            current[desk] = made
            recent.removeAll { $0.ticket == made.ticket }
            recent.insert(made, at: 0)
            if recent.count > Self.historyLength { recent.removeLast(recent.count - Self.historyLength) }
            return made
        case .ticketFinished(let ticket), .ticketMissed(let ticket), .ticketCancelled(let ticket):
            removeCurrent(ticket.number.description)
        case .ticketTransferred(let ticket, _, _):
            removeCurrent(ticket.number.description)
        case .dayStarted:
            current = [:]
            recent = []
        default: break
        }
        return nil
    }

    private mutating func removeCurrent(_ number: String) {
        for (desk, call) in current where call.ticket == number { current[desk] = nil }
    }

    private func call(_ ticket: Ticket, desk: DeskID, at: Timestamp) -> BoardCall {
        BoardCall(
            ticket: ticket.number.description, desk: desk, room: site?.deskLabel(desk) ?? desk.rawValue,
            language: ticket.language, at: at)
    }

    /// The calls in progress, newest first.
    public var currentCalls: [BoardCall] { current.values.sorted { ($0.at, $0.ticket) > ($1.at, $1.ticket) } }
}
