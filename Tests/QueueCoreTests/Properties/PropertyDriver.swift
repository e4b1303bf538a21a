import QueueCore

/// Runs random commands one at a time and checks every invariant after each.
struct PropertyDriver {
    private var commands: RandomCommands
    private(set) var state: QueueState
    /// The same state, built by applying each event as it comes (a replay of the whole log).
    private var replayed: QueueState
    private var model: ReferenceModel
    private(set) var log: [QueueEvent] = []
    private var now: Timestamp
    private(set) var lastCommand: QueueCommand = .rollOver
    private(set) var refusals = 0
    private(set) var days: Set<LocalDate> = []

    init(seed: UInt64, site: SiteConfiguration, start: Timestamp) {
        commands = RandomCommands(seed: seed, site: site)
        state = QueueState(configuration: site)
        replayed = state
        model = ReferenceModel(site: site)
        now = start
    }

    var localNow: LocalDateTime { state.configuration.timeZone.localDateTime(at: now) }

    func replayFromScratch() -> QueueState {
        var fresh = QueueState(configuration: state.configuration)
        for event in log { fresh.apply(event) }
        return fresh
    }

    mutating func step() -> [String] {
        now = commands.advance(now)
        let command = commands.command(for: state, now: now)
        lastCommand = command
        let before = state
        let reply: CommandReply
        let events: [QueueEvent]
        do {
            (reply, events) = try state.execute(command, at: now)
        } catch {
            refusals += 1
            var problems = state == before ? [] : ["refused (\(error)) but the state changed"]
            if let expected = Self.certainError(of: command), expected != error {
                problems.append("refused with \(error), expected \(expected)")
            }
            return problems
        }
        var problems = check(events, of: command, reply: reply, before: before)
        problems += checkState()
        if log.count % 500 < events.count, replayFromScratch() != state { problems.append("a full replay differs") }
        return problems
    }

    /// The refusal a command with a made-up service or desk must get, whatever the state.
    static func certainError(of command: QueueCommand) -> QueueError? {
        let services = Mass.services.map(\.id)
        let desks = Mass.desks.map(\.id)
        switch command {
        case .takeTicket("dentist", _, _, let key):
            // A bad key is reported first.
            return key.map { $0.isEmpty || $0.utf8.count > 64 } ?? false
                ? .invalidArgument("idempotency key must be 1 to 64 bytes") : .unknownService("dentist", valid: services)
        case .transfer(_, to: "dentist"), .bookAppointment("dentist", _, _, _):
            return .unknownService("dentist", valid: services)
        case .callNext("ghost", _), .recall("ghost"), .markNoShow("ghost"), .finish("ghost"), .openDesk("ghost"),
            .pauseDesk("ghost"):
            return .unknownDesk("ghost", valid: desks)
        case .callNext("accueil", _):
            return .deskServesNothing("accueil")
        default:
            return nil
        }
    }

    private mutating func check(_ events: [QueueEvent], of command: QueueCommand, reply: CommandReply, before: QueueState)
        -> [String]
    {
        var problems: [String] = []
        let keyWasKnown: TicketID? =
            if case .takeTicket(_, _, _, let key?) = command, model.day == state.configuration.timeZone.localDate(at: now) {
                model.keys[key]
            } else { nil }
        var expectedSeq = before.lastSeq + 1
        var calledSomeone = false
        for event in events {
            if event.seq != expectedSeq { problems.append("event seq \(event.seq), expected \(expectedSeq)") }
            expectedSeq = event.seq + 1
            if event.at != now { problems.append("event at \(event.at), command at \(now)") }
            if case .ticketCalled(let ticket) = event.kind, case .callNext(let desk, let language) = command {
                calledSomeone = true
                let expected = model.expectedNext(at: desk, language: language, now: now)
                if expected?.id != ticket.id {
                    problems.append(
                        "called \(ticket.number), the documented order calls \(expected?.number.description ?? "nobody")"
                            + model.describeWaiting(at: desk, now: now))
                }
            }
            problems += model.apply(event)
            replayed.apply(event)
            log.append(event)
            if case .dayStarted(let date) = event.kind { days.insert(date) }
        }
        if case .callNext(let desk, let language) = command, !calledSomeone,
            let expected = model.expectedNext(at: desk, language: language, now: now)
        {
            problems.append("called nobody while \(expected.number) waits")
        }
        if let known = keyWasKnown {
            if reply.ticket?.id != known || events.contains(where: { if case .ticketIssued = $0.kind { true } else { false } }) {
                problems.append("a retried key did not return its ticket")
            }
        }
        if case .bookAppointment = command, let code = reply.appointment?.code { commands.booked.append(code) }
        return problems
    }

    private func checkState() -> [String] {
        var problems: [String] = []
        if state.lastSeq != log.last?.seq ?? 0 { problems.append("lastSeq \(state.lastSeq) is not the last event's") }
        if replayed != state { problems.append("replaying the events gives another state") }
        if QueueState(configuration: state.configuration, snapshot: state.snapshot) != state {
            problems.append("the snapshot does not rebuild the state")
        }
        if model.tickets != state.tickets { problems.append("the tickets differ from the events' tickets") }
        let called = state.tickets.values.filter { $0.desk != nil }
        let desks = called.map { $0.desk! }
        if Set(desks).count != desks.count { problems.append("a desk holds two tickets: \(desks.sorted())") }
        let current = Dictionary(uniqueKeysWithValues: called.map { ($0.desk!, $0.id) })
        if current != state.currentTickets { problems.append("currentTickets \(state.currentTickets) but called \(current)") }
        let numbers = state.tickets.values.map(\.number)
        if Set(numbers).count != numbers.count { problems.append("a number is held twice today") }
        if state.tickets.values.contains(where: { $0.day != state.day }) { problems.append("a ticket of another day is kept") }
        return problems
    }
}
