import Testing
import QueueCore

/// A queue under test: runs commands, keeps the event log, and checks refusals change nothing.
struct Queue {
    var state: QueueState
    private(set) var events: [QueueEvent] = []

    init(_ site: SiteConfiguration = Mass.site()) {
        state = QueueState(configuration: site)
    }

    var site: SiteConfiguration { state.configuration }

    @discardableResult
    mutating func run(_ command: QueueCommand, at time: Timestamp) throws(QueueError) -> CommandReply {
        let (reply, new) = try state.execute(command, at: time)
        events += new
        return reply
    }

    /// Runs a command that must be refused; records an issue if it is not or if the state moved.
    mutating func refuse(
        _ command: QueueCommand, at time: Timestamp, sourceLocation: SourceLocation = #_sourceLocation
    ) -> QueueError? {
        let before = state
        do {
            let (reply, _) = try state.execute(command, at: time)
            Issue.record("\(command.name) was accepted: \(reply)", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(state == before, "a refused \(command.name) changed the state", sourceLocation: sourceLocation)
            return error
        }
    }

    /// Takes a walk-in ticket and returns it.
    @discardableResult
    mutating func take(
        _ service: ServiceID, _ language: LanguageCode = "fr", urgent: Bool = false, key: String? = nil,
        at time: Timestamp
    ) throws(QueueError) -> Ticket {
        try run(.takeTicket(service: service, language: language, urgent: urgent, idempotencyKey: key), at: time).ticket!
    }

    /// Calls next at a desk and returns who was called (nil: nobody waits).
    @discardableResult
    mutating func call(_ desk: DeskID, language: LanguageCode? = nil, at time: Timestamp) throws(QueueError)
        -> Ticket?
    {
        try run(.callNext(desk: desk, language: language), at: time).ticket
    }

    /// Books a slot and returns its code as the patient would type it.
    mutating func book(
        _ service: ServiceID, on day: LocalDate, _ window: String, entropy: UInt64 = 12_345, at time: Timestamp
    ) throws(QueueError) -> AppointmentCode {
        try run(.bookAppointment(service: service, day: day, window: TimeWindow(window)!, entropy: entropy), at: time)
            .appointment!.code
    }

    func ticket(_ number: TicketNumber) -> Ticket? { state.ticket(number) }

    /// One ticket in each live state, issued from `hour`: a medical one waiting, a nursing one
    /// called at the infirmerie, a psy one missed (no-show).
    mutating func waitingCalledAndMissed(from hour: Int) throws(QueueError) -> (waiting: Ticket, called: Ticket, missed: Ticket) {
        let waiting = try take("medical", at: at(hour, 0))
        let called = try take("nursing", at: at(hour, 1))
        let missed = try take("psy", at: at(hour, 2))
        try call("infirmerie", at: at(hour, 3))
        try call("psy", at: at(hour, 4))
        try run(.markNoShow(desk: "psy"), at: at(hour, 5))
        return (waiting, called, missed)
    }

    /// The event kinds after event `seq`, by name, for compact expectations.
    func kinds(after seq: UInt64 = 0) -> [String] {
        events.filter { $0.seq > seq }.map(\.kind.name)
    }
}

/// `number("M-001")`: a ticket number in tests.
func number(_ text: String) -> TicketNumber { TicketNumber(text)! }

extension QueueEvent.Kind {
    var name: String {
        switch self {
        case .dayStarted: "dayStarted"
        case .ticketIssued: "issued"
        case .ticketCalled: "called"
        case .ticketRecalled: "recalled"
        case .ticketFinished: "finished"
        case .ticketMissed: "missed"
        case .ticketReinstated: "reinstated"
        case .ticketTransferred: "transferred"
        case .ticketCancelled: "cancelled"
        case .ticketFlaggedUrgent: "flaggedUrgent"
        case .deskOpened: "deskOpened"
        case .deskPaused: "deskPaused"
        case .appointmentBooked: "booked"
        case .appointmentCancelled: "appointmentCancelled"
        }
    }
}
