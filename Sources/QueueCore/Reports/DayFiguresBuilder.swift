/// Turns a stream of events into per-day figures, keeping the tickets it has seen so that each
/// event can be measured against the ticket's previous version.
public struct DayFiguresBuilder: Sendable {
    public let timeZone: TimeZoneRules
    public private(set) var days: [LocalDate: DayFigures] = [:]
    private var tickets: [TicketID: Ticket] = [:]

    public init(timeZone: TimeZoneRules) {
        self.timeZone = timeZone
    }

    /// Seeds the tickets known before the first event fed (from a snapshot), so events about
    /// them are measured right.
    public mutating func know(_ ticket: Ticket) {
        tickets[ticket.id] = ticket
    }

    public mutating func add(_ event: QueueEvent) {
        let previous = event.ticket.flatMap { tickets[$0.id] }
        let date = event.day(in: timeZone)
        if case .dayStarted = event.kind {
            // Tickets of earlier days are settled by now; forget them to stay small.
            tickets = tickets.filter { $0.value.day >= date }
        }
        days[date, default: DayFigures(date: date)].add(event, previous: previous, timeZone: timeZone)
        if let ticket = event.ticket { tickets[ticket.id] = ticket }
    }

    /// The figures, by date.
    public var figures: [DayFigures] { days.values.sorted { $0.date < $1.date } }
}
