/// One change of the queue, numbered. The event log is append-only; displays and reports are
/// derived from it, and replaying it rebuilds the state.
///
/// Ticket events carry the whole ticket as it is after the change, so a subscriber (a board,
/// a desk) can render it without asking for anything else.
public struct QueueEvent: Hashable, Sendable {
    /// Strictly increasing, starting at 1, never reused.
    public let seq: UInt64
    public let at: Timestamp
    public let kind: Kind

    public init(seq: UInt64, at: Timestamp, kind: Kind) {
        self.seq = seq
        self.at = at
        self.kind = kind
    }

    public enum Kind: Hashable, Sendable {
        /// A new site-local day began; numbering restarts.
        case dayStarted(LocalDate)
        case ticketIssued(Ticket)
        case ticketCalled(Ticket)
        case ticketRecalled(Ticket)
        /// A consultation ended (done).
        case ticketFinished(Ticket)
        /// Called, did not come.
        case ticketMissed(Ticket)
        case ticketReinstated(Ticket)
        /// Moved from service `from` (and from `desk` if it was called there) to `ticket.service`.
        case ticketTransferred(Ticket, from: ServiceID, desk: DeskID?)
        case ticketCancelled(Ticket)
        case ticketFlaggedUrgent(Ticket)
        case deskOpened(DeskID)
        case deskPaused(DeskID)
        case appointmentBooked(Appointment)
        case appointmentCancelled(Appointment)
    }

    /// The ticket this event is about, if any.
    public var ticket: Ticket? {
        switch kind {
        case .ticketIssued(let t), .ticketCalled(let t), .ticketRecalled(let t), .ticketFinished(let t),
            .ticketMissed(let t), .ticketReinstated(let t), .ticketTransferred(let t, _, _), .ticketCancelled(let t),
            .ticketFlaggedUrgent(let t):
            return t
        case .dayStarted, .deskOpened, .deskPaused, .appointmentBooked, .appointmentCancelled:
            return nil
        }
    }
}
