import QueueCore

extension StoredSnapshot {
    public init(_ snapshot: QueueState.Snapshot) {
        self.init()
        day = snapshot.day?.description ?? ""
        lastSeq = snapshot.lastSeq
        nextTicketID = snapshot.nextTicketID.rawValue
        tickets = snapshot.tickets.map(WireTicket.init)
        openDesks = snapshot.openDesks.map(\.rawValue)
        appointments = snapshot.appointments.map(WireAppointment.init)
        streaks = snapshot.streaks.sorted { $0.key < $1.key }.map { service, streak in
            .with {
                $0.service = service.rawValue
                $0.priorityRun = UInt32(count: streak.priorityRun)
                $0.walkInRun = UInt32(count: streak.walkInRun)
            }
        }
        recentDurations = snapshot.recentDurations.sorted { $0.key < $1.key }.map { service, durations in
            .with {
                $0.service = service.rawValue
                $0.milliseconds = durations
            }
        }
        recentCalls = snapshot.recentCalls.map(WireCallRecord.init)
        deskStreaks = snapshot.deskStreaks.sorted { $0.key < $1.key }.map { desk, streak in
            .with {
                $0.desk = desk.rawValue
                $0.priorityRun = UInt32(count: streak.priorityRun)
                $0.walkInRun = UInt32(count: streak.walkInRun)
            }
        }
    }
}

extension QueueState.Snapshot {
    public init(_ message: StoredSnapshot) throws {
        var streaks: [ServiceID: Streak] = [:]
        for (index, streak) in message.streaks.enumerated() {
            let service = try FieldParsing.service(streak.service, "streaks[\(index)].service")
            streaks[service] = Streak(priorityRun: Int(streak.priorityRun), walkInRun: Int(streak.walkInRun))
        }
        var deskStreaks: [DeskID: Streak] = [:]
        for (index, streak) in message.deskStreaks.enumerated() {
            let desk = try FieldParsing.desk(streak.desk, "desk_streaks[\(index)].desk")
            deskStreaks[desk] = Streak(priorityRun: Int(streak.priorityRun), walkInRun: Int(streak.walkInRun))
        }
        var durations: [ServiceID: [Int64]] = [:]
        for (index, entry) in message.recentDurations.enumerated() {
            durations[try FieldParsing.service(entry.service, "recent_durations[\(index)].service")] = entry.milliseconds
        }
        let tickets = try decodeEach("tickets", message.tickets, Ticket.init)
        let appointments = try decodeEach("appointments", message.appointments, Appointment.init)
        // QueueState rebuilds dictionaries keyed by these: a duplicate would trap there.
        guard Set(tickets.map(\.id)).count == tickets.count else {
            throw MessageError.malformed(field: "tickets", value: "\(tickets.count) tickets", expected: "unique ids")
        }
        guard Set(appointments.map(\.code)).count == appointments.count else {
            throw MessageError.malformed(
                field: "appointments", value: "\(appointments.count) appointments", expected: "unique codes")
        }
        self.init(
            day: try FieldParsing.optionalDate(message.day, "day"),
            lastSeq: message.lastSeq,
            nextTicketID: try FieldParsing.ticketID(message.nextTicketID, "next_ticket_id"),
            tickets: tickets,
            openDesks: try message.openDesks.map { try FieldParsing.desk($0, "open_desks") },
            appointments: appointments, streaks: streaks, recentDurations: durations,
            recentCalls: try decodeEach("recent_calls", message.recentCalls, CallRecord.init), deskStreaks: deskStreaks)
    }
}
