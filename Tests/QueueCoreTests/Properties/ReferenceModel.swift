import QueueCore

/// An independent model of the queue, built only from the events' ticket payloads, that checks
/// each event against the documented rules and says who the documented ordering calls next.
///
/// It does not call QueueCore's ordering code: priority class = urgent, or an appointment whose
/// slot has begun and that was checked in by the slot's end plus the site's grace; within it
/// urgent before appointments, then arrival (urgent) or slot start (appointments), then ticket
/// id; walk-ins by arrival then id; per service at most `ratio.priority` priority calls in a row
/// while walk-ins wait, then `ratio.walkIn` walk-ins; the same ratio per desk across its
/// services (when the desk's own calls make it a walk-in's turn, the longest-waiting walk-in of
/// any of its services); otherwise across a desk's services priority candidates first, then the
/// longest-waiting.
struct ReferenceModel {
    let site: SiteConfiguration
    private(set) var day: LocalDate?
    /// Tickets of the current day (and, until the day starts, of the one before).
    private(set) var tickets: [TicketID: Ticket] = [:]
    private var streaks: [ServiceID: (priority: Int, walkIn: Int)] = [:]
    private var deskStreaks: [DeskID: (priority: Int, walkIn: Int)] = [:]
    private var lastNumber: [Character: Int] = [:]
    private var issued: Set<String> = []
    private var highestID: Int64 = 0
    /// Today's idempotency keys.
    private(set) var keys: [String: TicketID] = [:]

    init(site: SiteConfiguration) { self.site = site }

    // MARK: The documented ordering

    func isPriority(_ ticket: Ticket, at now: Timestamp) -> Bool {
        if ticket.urgentSince != nil { return true }
        guard let slot = ticket.appointment, slot.start <= now else { return false }
        // Checked in after the slot's end plus the grace: a walk-in.
        return ticket.arrivedAt.millisecondsSinceEpoch
            <= slot.end.millisecondsSinceEpoch + Int64(site.lateCheckInGraceMinutes) * 60_000
    }

    func walkInsTurn(_ streak: (priority: Int, walkIn: Int)) -> Bool {
        let ratio = site.priorityRatio
        return streak.priority >= ratio.priority || (streak.walkIn > 0 && streak.walkIn < ratio.walkIn)
    }

    private func waiting(in service: ServiceID, language: LanguageCode?) -> [Ticket] {
        tickets.values.filter { $0.state == .waiting && $0.service == service && (language == nil || $0.language == language) }
    }

    func priorityKey(_ ticket: Ticket) -> (Int, Int64, Int64) {
        if ticket.urgentSince != nil { return (0, ticket.arrivedAt.millisecondsSinceEpoch, ticket.id.rawValue) }
        return (1, ticket.appointment!.start.millisecondsSinceEpoch, ticket.id.rawValue)
    }

    func arrivalKey(_ ticket: Ticket) -> (Int64, Int64) { (ticket.arrivedAt.millisecondsSinceEpoch, ticket.id.rawValue) }

    private func candidate(in service: ServiceID, language: LanguageCode?, at now: Timestamp) -> (ticket: Ticket, priority: Bool)? {
        let waiting = waiting(in: service, language: language)
        let priority = waiting.filter { isPriority($0, at: now) }.min { priorityKey($0) < priorityKey($1) }
        let walkIn = waiting.filter { !isPriority($0, at: now) }.min { arrivalKey($0) < arrivalKey($1) }
        guard let priority else { return walkIn.map { ($0, false) } }
        guard let walkIn else { return (priority, true) }
        return walkInsTurn(streaks[service] ?? (0, 0)) ? (walkIn, false) : (priority, true)
    }

    /// The ticket `desk` must call now, by the documented rules.
    func expectedNext(at desk: DeskID, language: LanguageCode?, now: Timestamp) -> Ticket? {
        guard let desk = site.desk(desk) else { return nil }
        if walkInsTurn(deskStreaks[desk.id] ?? (0, 0)) {
            let walkIns = desk.services.flatMap { waiting(in: $0, language: language) }.filter { !isPriority($0, at: now) }
            if let oldest = walkIns.min(by: { arrivalKey($0) < arrivalKey($1) }) { return oldest }
        }
        let candidates = desk.services.compactMap { candidate(in: $0, language: language, at: now) }
        if let priority = candidates.filter(\.priority).min(by: { priorityKey($0.ticket) < priorityKey($1.ticket) }) {
            return priority.ticket
        }
        return candidates.min { arrivalKey($0.ticket) < arrivalKey($1.ticket) }?.ticket
    }

    /// The waiting tickets a desk could call, for failure messages.
    func describeWaiting(at desk: DeskID, now: Timestamp) -> String {
        let services = site.desk(desk)?.services ?? []
        let waiting = tickets.values.filter { $0.state == .waiting && services.contains($0.service) }.sorted { arrivalKey($0) < arrivalKey($1) }
        let lines = waiting.map { ticket in
            "  \(ticket.number) in \(ticket.service) arrived \(site.timeZone.localDateTime(at: ticket.arrivedAt))"
                + (ticket.urgentSince.map { " urgent since \(site.timeZone.localDateTime(at: $0))" } ?? "")
                + (ticket.appointment.map { " slot \(site.timeZone.localDateTime(at: $0.start))" } ?? "")
                + " \(ticket.language)"
        }
        let runs = services.sorted().map { "\($0): \(streaks[$0].map { "\($0.priority)p/\($0.walkIn)w" } ?? "-")" }
        let deskRun = deskStreaks[desk].map { "\($0.priority)p/\($0.walkIn)w" } ?? "-"
        return "\nwaiting:\n" + lines.joined(separator: "\n") + "\nstreaks: " + runs.joined(separator: ", ")
            + "; desk \(desk): \(deskRun)"
    }

    // MARK: Checking and applying events

    /// Checks `event` against the rules, applies it, and returns what was wrong (empty: nothing).
    mutating func apply(_ event: QueueEvent) -> [String] {
        var problems: [String] = []
        func require(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { problems.append("\(event.kind.name) #\(event.seq): \(message())") }
        }
        let previous = event.ticket.flatMap { tickets[$0.id] }
        if let ticket = event.ticket, let previous {
            require(
                ticket.number == previous.number && ticket.day == previous.day && ticket.arrivedAt == previous.arrivedAt
                    && ticket.language == previous.language && ticket.issuedFor == previous.issuedFor
                    && ticket.appointment == previous.appointment && ticket.idempotencyKey == previous.idempotencyKey,
                "a ticket's number, day, arrival, language or origin changed")
        }
        switch event.kind {
        case .dayStarted(let date):
            require(day.map { $0 < date } ?? true, "day \(date) does not follow \(String(describing: day))")
            let unsettled = tickets.values.filter { $0.day < date && ($0.state == .waiting || $0.desk != nil) }
            require(unsettled.isEmpty, "tickets of an earlier day still waiting or called: \(unsettled.map(\.number))")
            tickets = tickets.filter { $0.value.day >= date }
            streaks = [:]
            deskStreaks = [:]
            lastNumber = [:]
            keys = [:]
            day = date
        case .ticketIssued(let ticket):
            require(previous == nil && ticket.id.rawValue > highestID, "ticket id \(ticket.id) reused")
            require(ticket.day == day, "issued for \(ticket.day) during \(String(describing: day))")
            require(ticket.state == .waiting && ticket.arrivedAt == event.at, "a new ticket is waiting, arrived now")
            let prefix = site.service(ticket.issuedFor)?.prefix
            require(ticket.number.prefix == prefix, "prefix \(ticket.number.prefix) for \(ticket.issuedFor)")
            let expected = (lastNumber[ticket.number.prefix] ?? 0) + 1
            require(ticket.number.number == expected, "number \(ticket.number), expected \(expected) of the day")
            require(issued.insert("\(ticket.day) \(ticket.number)").inserted, "\(ticket.number) issued twice on \(ticket.day)")
            lastNumber[ticket.number.prefix] = ticket.number.number
            highestID = max(highestID, ticket.id.rawValue)
            if let key = ticket.idempotencyKey {
                require(keys[key] == nil, "a second ticket for key \(key)")
                keys[key] = ticket.id
            }
        case .ticketCalled(let ticket):
            require(previous?.state == .waiting, "called while \(String(describing: previous?.state))")
            guard case .called(let desk, let at) = ticket.state else {
                require(false, "not called")
                break
            }
            require(at == event.at, "called at another time")
            let busy = tickets.values.filter { $0.desk == desk && $0.id != ticket.id }
            require(busy.isEmpty, "desk \(desk) already holds \(busy.map(\.number))")
            let priority = isPriority(ticket, at: event.at)
            func counted(_ streak: (priority: Int, walkIn: Int)?) -> (priority: Int, walkIn: Int) {
                let streak = streak ?? (0, 0)
                return priority ? (streak.priority + 1, 0) : (0, streak.walkIn + 1)
            }
            streaks[ticket.service] = counted(streaks[ticket.service])
            deskStreaks[desk] = counted(deskStreaks[desk])
        case .ticketRecalled(let ticket):
            require(previous?.desk != nil && previous?.desk == ticket.desk, "recalled away from its desk")
            require(ticket.recalls == (previous?.recalls ?? 0) + 1, "recall not counted")
        case .ticketFinished(let ticket):
            require(previous?.desk != nil, "finished while not called")
            require(ticket.state == .done(at: event.at), "finished into \(ticket.state)")
        case .ticketMissed(let ticket):
            require(previous?.desk != nil, "missed while not called")
            require(ticket.state == .noShow(at: event.at), "missed into \(ticket.state)")
        case .ticketReinstated(let ticket):
            require(previous?.state.kind == .noShow, "reinstated from \(String(describing: previous?.state))")
            require(ticket.state == .waiting, "reinstated into \(ticket.state)")
        case .ticketTransferred(let ticket, let from, let desk):
            require(previous?.state == .waiting || previous?.desk != nil, "transferred from \(String(describing: previous?.state))")
            require(previous?.service == from && previous?.desk == desk && ticket.service != from, "transfer from the wrong place")
            require(ticket.transfers == (previous?.transfers ?? 0) + 1 && ticket.state == .waiting, "transfer not counted")
        case .ticketCancelled(let ticket):
            require(previous.map { !$0.state.isFinal } ?? false, "cancelled from \(String(describing: previous?.state))")
            guard case .cancelled(let at, _) = ticket.state, at == event.at else {
                require(false, "cancelled into \(ticket.state)")
                break
            }
        case .ticketFlaggedUrgent(let ticket):
            require(previous?.state == .waiting && previous?.urgentSince == nil, "flagged from \(String(describing: previous?.state))")
            require(ticket.urgentSince == event.at, "flagged at another time")
        case .deskOpened, .deskPaused, .appointmentBooked, .appointmentCancelled:
            break
        }
        if let ticket = event.ticket { tickets[ticket.id] = ticket }
        return problems
    }
}
