import QueueCore

/// A morning at a small care centre, driven through the real queue rules, so the values the
/// tests encode are ones the server will really send: every event kind, tickets in every state.
struct Scenario {
    static let zone = TimeZoneRules.fixed(offsetSeconds: 3600, identifier: "Europe/Brussels")
    /// A Monday.
    static let day = LocalDate(year: 2026, month: 11, day: 23)!

    static let site = SiteConfiguration(
        name: "Espace Santé Bruxelles", timeZone: zone,
        services: [
            Service(id: "medical", prefix: "M", labels: ["fr": "Médecin", "nl": "Arts", "ar": "طبيب"], dailyCap: 40),
            Service(id: "nursing", prefix: "N", labels: ["fr": "Infirmerie"]),
            Service(id: "social", prefix: "S", hours: WeeklyHours([.tuesday: [TimeWindow("10:00-12:00")!]])),
        ],
        desks: [
            Desk(id: "salle-1", label: "Salle 1", services: ["medical"]),
            Desk(id: "bureau", label: "Bureau infirmier", services: ["nursing", "medical"]),
        ],
        hours: OpeningHours(
            weekly: WeeklyHours(
                Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, [TimeWindow("08:00-20:00")!]) })),
            closedDates: [LocalDate(year: 2026, month: 12, day: 25)!]),
        languages: ["fr", "nl", "ar", "ti"])

    static func at(_ hour: Int, _ minute: Int, on date: LocalDate = day) -> Timestamp {
        zone.timestamp(of: LocalDateTime(date: date, time: TimeOfDay(hour: hour, minute: minute)!))
    }

    var state = QueueState(configuration: Scenario.site)
    var events: [QueueEvent] = []
    var replies: [CommandReply] = []

    @discardableResult
    mutating func run(_ command: QueueCommand, at time: Timestamp) throws -> CommandReply {
        let (reply, new) = try state.execute(command, at: time)
        events += new
        replies.append(reply)
        return reply
    }

    /// The morning: every command the protocol carries, and a rollover to the next day.
    static func morning() throws -> Scenario {
        var s = Scenario()
        try s.run(.openDesk("salle-1"), at: at(8, 0))
        try s.run(.openDesk("bureau"), at: at(8, 1))
        try s.run(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: "k-1"), at: at(8, 5))
        try s.run(.takeTicket(service: "medical", language: "ar", urgent: false, idempotencyKey: nil), at: at(8, 6))
        try s.run(.takeTicket(service: "nursing", language: "nl", urgent: true, idempotencyKey: "k-3"), at: at(8, 7))
        let booked = try s.run(
            .bookAppointment(service: "medical", day: day, window: TimeWindow("09:00-09:30")!, entropy: 48_291), at: at(8, 10))
        try s.run(.checkIn(code: booked.appointment!.code.description, language: "ti"), at: at(8, 55))
        let spare = try s.run(
            .bookAppointment(service: "nursing", day: day.adding(days: 2), window: TimeWindow("14:00-14:20")!, entropy: 7),
            at: at(8, 12))
        try s.run(.cancelAppointment(code: spare.appointment!.code.digits), at: at(8, 13))
        try s.run(.bookAppointment(service: "medical", day: day.adding(days: 1), window: TimeWindow("10:00-10:15")!, entropy: 99), at: at(8, 14))
        try s.run(.callNext(desk: "salle-1", language: nil), at: at(9, 0))
        try s.run(.recall(desk: "salle-1"), at: at(9, 2))
        let missed = try s.run(.markNoShow(desk: "salle-1"), at: at(9, 5))
        try s.run(.reinstate(missed.ticket!.number), at: at(9, 20))
        try s.run(.callNext(desk: "salle-1", language: "ar"), at: at(9, 21))
        try s.run(.finish(desk: "salle-1"), at: at(9, 40))
        try s.run(.callNext(desk: "bureau", language: nil), at: at(9, 41))
        let waiting = try s.run(.takeTicket(service: "medical", language: "nl", urgent: false, idempotencyKey: nil), at: at(9, 45))
        try s.run(.flagUrgent(waiting.ticket!.number), at: at(9, 46))
        let moved = try s.run(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil), at: at(9, 47))
        try s.run(.transfer(moved.ticket!.number, to: "nursing"), at: at(9, 50))
        let leaving = try s.run(.takeTicket(service: "nursing", language: "fr", urgent: false, idempotencyKey: nil), at: at(9, 51))
        try s.run(.cancel(leaving.ticket!.number), at: at(9, 52))
        try s.run(.callNext(desk: "salle-1", language: nil), at: at(10, 0))
        try s.run(.pauseDesk("bureau"), at: at(10, 30))
        return s
    }

    /// The morning, then the next day's first ticket (rollover: day started, end-of-day cancels).
    static func twoDays() throws -> Scenario {
        var s = try morning()
        try s.run(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil), at: at(8, 30, on: day.adding(days: 1)))
        return s
    }
}

extension QueueEvent.Kind {
    /// The case name, to check that a scenario covers every kind.
    var name: String {
        switch self {
        case .dayStarted: "dayStarted"
        case .ticketIssued: "ticketIssued"
        case .ticketCalled: "ticketCalled"
        case .ticketRecalled: "ticketRecalled"
        case .ticketFinished: "ticketFinished"
        case .ticketMissed: "ticketMissed"
        case .ticketReinstated: "ticketReinstated"
        case .ticketTransferred: "ticketTransferred"
        case .ticketCancelled: "ticketCancelled"
        case .ticketFlaggedUrgent: "ticketFlaggedUrgent"
        case .deskOpened: "deskOpened"
        case .deskPaused: "deskPaused"
        case .appointmentBooked: "appointmentBooked"
        case .appointmentCancelled: "appointmentCancelled"
        }
    }
}
