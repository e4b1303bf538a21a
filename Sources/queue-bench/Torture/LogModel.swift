import WireProtocol

/// The queue rebuilt from the event log alone, checking as it goes what must never happen: a
/// gap in `seq`, a number issued twice in a day, a ticket renumbered, a ticket called to a
/// desk that already has someone, or to two desks at once.
struct LogModel: Sendable {
    private(set) var lastSeq: UInt64 = 0
    private(set) var tickets: [Int64: WireTicket] = [:]
    /// Every (state, state_at) each ticket has been in, to find acknowledged replies in.
    private(set) var versions: [Int64: Set<TicketVersion>] = [:]
    private var issued: Set<String> = []
    private var deskTicket: [String: Int64] = [:]
    private(set) var violations: [String] = []

    struct TicketVersion: Hashable, Sendable {
        var state: Int
        var stateAt: Int64
        var service: String
    }

    mutating func apply(_ events: [WireQueueEvent]) {
        for event in events { apply(event) }
    }

    mutating func apply(_ event: WireQueueEvent) {
        if event.seq != lastSeq + 1 { violations.append("seq \(event.seq) follows \(lastSeq)") }
        lastSeq = event.seq
        guard let ticket = event.ticketValue else { return }
        let previous = tickets[ticket.id]
        if case .ticketIssued = event.kind {
            let key = "\(ticket.day) \(ticket.number)"
            if !issued.insert(key).inserted { violations.append("\(key) issued twice (seq \(event.seq))") }
        }
        if let previous, previous.number != ticket.number || previous.day != ticket.day {
            violations.append("ticket \(ticket.id) was \(previous.number) and is now \(ticket.number)")
        }
        if let previous, previous.state == .called, !previous.desk.isEmpty, deskTicket[previous.desk] == ticket.id {
            deskTicket[previous.desk] = nil
        }
        if ticket.state == .called {
            if let holder = deskTicket[ticket.desk], holder != ticket.id {
                violations.append("\(ticket.number) called to \(ticket.desk) while ticket \(holder) is there (seq \(event.seq))")
            }
            if let previous, previous.state == .called, previous.desk != ticket.desk {
                violations.append("\(ticket.number) called to \(ticket.desk) while still at \(previous.desk)")
            }
            deskTicket[ticket.desk] = ticket.id
        }
        tickets[ticket.id] = ticket
        versions[ticket.id, default: []].insert(TicketVersion(state: ticket.state.rawValue, stateAt: ticket.stateAtMs, service: ticket.service))
    }

    /// Whether the log holds `ticket` (same number) in the state a reply acknowledged.
    func holds(_ ticket: WireTicket) -> Bool {
        guard let known = tickets[ticket.id], known.number == ticket.number, known.day == ticket.day else { return false }
        return versions[ticket.id]?.contains(TicketVersion(state: ticket.state.rawValue, stateAt: ticket.stateAtMs, service: ticket.service)) == true
    }

    /// Today's waiting tickets of `service` in calling order for walk-ins: arrival, then id.
    func waiting(in service: String) -> [Int64] {
        tickets.values.filter { $0.state == .waiting && $0.service == service }
            .sorted { ($0.arrivedAtMs, $0.id) < ($1.arrivedAtMs, $1.id) }.map(\.id)
    }

    /// The ticket at each desk, as the log says.
    var desks: [String: Int64] { deskTicket }
}
