import QueueCore

/// What a desk key asks the server for.
public enum DeskAction: Hashable, Sendable {
    case callNext
    case recall
    case noShow
    case finish
    case reinstate(TicketNumber)
    case transfer(TicketNumber, to: ServiceID)
    case pause
    case open
    case book(service: ServiceID, day: LocalDate, window: TimeWindow)
    case quit
}
