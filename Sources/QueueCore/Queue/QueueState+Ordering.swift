extension QueueState {
    /// Whether a waiting ticket belongs in the priority list (it may still be called as a
    /// walk-in while its appointment slot has not begun).
    static func isPriorityCapable(_ ticket: Ticket) -> Bool {
        ticket.urgentSince != nil || ticket.appointment != nil
    }

    /// Order within the priority list: urgent first, by arrival (who has waited longest, however
    /// late staff flagged them), then appointments by slot start, then by ticket id.
    static func priorityKey(_ ticket: Ticket) -> (Int, Int64, Int64) {
        if ticket.urgentSince != nil { return (0, ticket.arrivedAt.millisecondsSinceEpoch, ticket.id.rawValue) }
        return (1, ticket.appointment?.start.millisecondsSinceEpoch ?? 0, ticket.id.rawValue)
    }

    /// Order among walk-ins: arrival, then ticket id.
    static func arrivalKey(_ ticket: Ticket) -> (Int64, Int64) {
        (ticket.arrivedAt.millisecondsSinceEpoch, ticket.id.rawValue)
    }

    mutating func insertWaiting(_ ticket: Ticket) {
        if Self.isPriorityCapable(ticket) {
            let index = insertionIndex(of: ticket, in: priorityTickets[ticket.service]) {
                Self.priorityKey($0) > Self.priorityKey($1)
            }
            priorityTickets[ticket.service, default: []].insert(ticket.id, at: index)
        } else {
            let index = insertionIndex(of: ticket, in: walkIns[ticket.service]) {
                Self.arrivalKey($0) > Self.arrivalKey($1)
            }
            walkIns[ticket.service, default: []].insert(ticket.id, at: index)
        }
    }

    /// Where `ticket` goes in a sorted list: after every ticket not `after` it. Searches from the
    /// end because arrivals come mostly in order. (A separate function so the list's copy is
    /// released before the caller mutates it in place.)
    private func insertionIndex(of ticket: Ticket, in list: [TicketID]?, _ after: (Ticket, Ticket) -> Bool) -> Int {
        guard let list else { return 0 }
        var index = list.endIndex
        while index > list.startIndex, after(tickets[list[index - 1]]!, ticket) { index -= 1 }
        return index
    }

    /// Takes `ticket` out of its waiting list; an emptied list goes too, so the indexes are the
    /// same as `rebuildIndexes()` makes them (a state restored from a snapshot compares equal).
    mutating func removeWaiting(_ ticket: Ticket) {
        if let index = priorityTickets[ticket.service]?.firstIndex(of: ticket.id) {
            priorityTickets[ticket.service]!.remove(at: index)
            if priorityTickets[ticket.service]!.isEmpty { priorityTickets[ticket.service] = nil }
        } else if let index = walkIns[ticket.service]?.firstIndex(of: ticket.id) {
            walkIns[ticket.service]!.remove(at: index)
            if walkIns[ticket.service]!.isEmpty { walkIns[ticket.service] = nil }
        }
    }

    /// Whether `ticket` is in the priority class at `now`, with this site's check-in grace.
    func isPriority(_ ticket: Ticket, at now: Timestamp) -> Bool {
        ticket.isPriority(at: now, lateCheckInGraceMinutes: configuration.lateCheckInGraceMinutes)
    }

    /// The first of each class waiting in a service: the priority ticket that goes first, and
    /// the longest-waiting walk-in (appointments not, or no longer, priority included).
    struct Heads {
        var priority: Ticket?
        var walkIn: Ticket?
    }

    func heads(in service: ServiceID, at now: Timestamp, language: LanguageCode?) -> Heads {
        let matches = { (ticket: Ticket) in language == nil || ticket.language == language }
        var priority: Ticket?
        var appointmentWalkIn: Ticket?
        let list = priorityTickets[service] ?? []
        // Urgent tickets come first (`priorityKey`) and are always priority: only the first that
        // matches counts, so the scan skips the rest of them, however many staff flagged.
        let appointments = firstAppointmentIndex(in: list)
        for id in list[..<appointments] where matches(tickets[id]!) {
            priority = tickets[id]!
            break
        }
        for id in list[appointments...] {
            let ticket = tickets[id]!
            guard matches(ticket) else { continue }
            if isPriority(ticket, at: now) {
                if priority == nil { priority = ticket }
            } else if appointmentWalkIn == nil || Self.arrivalKey(ticket) < Self.arrivalKey(appointmentWalkIn!) {
                // Here before its slot (a walk-in until the slot begins), or checked in late.
                appointmentWalkIn = ticket
            }
        }
        var walkIn = (walkIns[service] ?? []).lazy.map { self.tickets[$0]! }.first(where: matches)
        if let early = appointmentWalkIn, walkIn == nil || Self.arrivalKey(early) < Self.arrivalKey(walkIn!) {
            walkIn = early
        }
        return Heads(priority: priority, walkIn: walkIn)
    }

    /// Where the appointments begin in a priority list, after the urgent tickets (binary search:
    /// the list is sorted by `priorityKey`, whose first component is 0 for urgent ones).
    func firstAppointmentIndex(in list: [TicketID]) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if tickets[list[middle]]!.urgentSince != nil { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A ticket that could be called next, and whether it is called as priority.
    struct Candidate {
        var ticket: Ticket
        var isPriority: Bool
    }

    /// The ticket the service's ratio picks next among its `heads`.
    func candidate(in service: ServiceID, _ heads: Heads) -> Candidate? {
        switch (heads.priority, heads.walkIn) {
        case (nil, nil): return nil
        case (let p?, nil): return Candidate(ticket: p, isPriority: true)
        case (nil, let w?): return Candidate(ticket: w, isPriority: false)
        case (let p?, let w?):
            let walkInTurn = streaks[service, default: Streak()].isWalkInTurn(configuration.priorityRatio)
            return walkInTurn ? Candidate(ticket: w, isPriority: false) : Candidate(ticket: p, isPriority: true)
        }
    }

    /// The ticket `desk` (serving `services`) calls next. When the desk's own ratio wants a
    /// walk-in, the longest-waiting walk-in of any of its services; otherwise each service's
    /// ratio gives a candidate, priority candidates go before walk-ins, then the longest-waiting.
    func nextTicket(
        at desk: DeskID, serving services: Set<ServiceID>, at now: Timestamp, language: LanguageCode?
    ) -> Ticket? {
        let heads = services.map { ($0, self.heads(in: $0, at: now, language: language)) }
        if deskStreaks[desk, default: Streak()].isWalkInTurn(configuration.priorityRatio),
            let walkIn = heads.compactMap({ $0.1.walkIn }).min(by: { Self.arrivalKey($0) < Self.arrivalKey($1) })
        {
            return walkIn
        }
        let candidates = heads.compactMap { candidate(in: $0.0, $0.1) }
        let priority = candidates.filter(\.isPriority).min { Self.priorityKey($0.ticket) < Self.priorityKey($1.ticket) }
        if let priority { return priority.ticket }
        return candidates.min { Self.arrivalKey($0.ticket) < Self.arrivalKey($1.ticket) }?.ticket
    }

    /// The waiting tickets of a service in the order they would be called if nobody else came,
    /// as a desk serving only that service would call them (same rules as `candidate`).
    public func waitingTickets(in service: ServiceID, at now: Timestamp) -> [Ticket] {
        let capable = (priorityTickets[service] ?? []).map { tickets[$0]! }
        let priority = capable.filter { isPriority($0, at: now) }
        let early = capable.filter { !isPriority($0, at: now) }.sorted { Self.arrivalKey($0) < Self.arrivalKey($1) }
        // Walk-ins merged with appointments that are early or late, by arrival.
        var walkIn: [Ticket] = []
        walkIn.reserveCapacity(waitingCount(in: service))
        var earlyIndex = 0
        for ticket in (walkIns[service] ?? []).lazy.map({ self.tickets[$0]! }) {
            while earlyIndex < early.count, Self.arrivalKey(early[earlyIndex]) < Self.arrivalKey(ticket) {
                walkIn.append(early[earlyIndex])
                earlyIndex += 1
            }
            walkIn.append(ticket)
        }
        walkIn.append(contentsOf: early[earlyIndex...])

        let ratio = configuration.priorityRatio
        var streak = streaks[service, default: Streak()]
        var result: [Ticket] = []
        result.reserveCapacity(priority.count + walkIn.count)
        var p = 0
        var w = 0
        while p < priority.count || w < walkIn.count {
            let callsPriority = p < priority.count && (w == walkIn.count || !streak.isWalkInTurn(ratio))
            if callsPriority {
                result.append(priority[p])
                p += 1
            } else {
                result.append(walkIn[w])
                w += 1
            }
            streak.record(priority: callsPriority)
        }
        return result
    }

    /// How many tickets wait in `service`.
    public func waitingCount(in service: ServiceID) -> Int {
        (walkIns[service]?.count ?? 0) + (priorityTickets[service]?.count ?? 0)
    }
}
