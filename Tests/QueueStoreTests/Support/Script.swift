import QueueCore

/// Commands run on a `QueueState` the way the writer runs them, keeping each command's events
/// as one batch (what the writer would append in one transaction).
struct Script {
    var state = QueueState(configuration: TestSite.configuration)
    private(set) var batches: [[QueueEvent]] = []

    var events: [QueueEvent] { batches.flatMap { $0 } }

    @discardableResult
    mutating func run(_ command: QueueCommand, at time: Timestamp) throws -> CommandReply {
        let (reply, events) = try state.execute(command, at: time)
        batches.append(events)
        return reply
    }

    mutating func take(_ service: ServiceID, _ language: LanguageCode = "fr", urgent: Bool = false, at time: Timestamp)
        throws -> Ticket
    {
        try run(.takeTicket(service: service, language: language, urgent: urgent, idempotencyKey: nil), at: time).ticket!
    }

    /// One day at the site with every kind of event; leaves a ticket waiting and one called,
    /// so the next day's rollover settles them.
    mutating func day(_ date: LocalDate, seed: Int = 0) throws {
        func at(_ hour: Int, _ minute: Int) -> Timestamp { TestSite.at(hour, minute, on: date) }
        try run(.openDesk("medecin-1"), at: at(9, 0))
        let code = try run(
            .bookAppointment(
                service: "psy", day: date, window: TimeWindow("14:00-14:30")!, entropy: UInt64(1_000 + seed)),
            at: at(9, 1)
        ).appointment!.code
        let spare = try run(
            .bookAppointment(
                service: "psy", day: date.adding(days: 1), window: TimeWindow("16:00-16:30")!,
                entropy: UInt64(2_000 + seed)), at: at(9, 2)
        ).appointment!.code
        try run(.cancelAppointment(code: spare.description), at: at(9, 3))
        _ = try take("medical", "fr", at: at(9, 5))
        let second = try take("medical", "ar", at: at(9, 6))
        _ = try take("nursing", "nl", at: at(9, 7))
        _ = try take("medical", "fr", urgent: true, at: at(9, 8 + seed % 3))
        try run(.callNext(desk: "medecin-1", language: nil), at: at(9, 20))
        try run(.callNext(desk: "medecin-1", language: nil), at: at(9, 40))
        try run(.recall(desk: "medecin-1"), at: at(9, 41))
        try run(.markNoShow(desk: "medecin-1"), at: at(9, 45))
        try run(.callNext(desk: "medecin-1", language: nil), at: at(9, 50))
        try run(.transfer(second.number, to: "nursing"), at: at(10, 5))
        try run(.callNext(desk: "infirmerie", language: nil), at: at(10, 10))
        try run(.finish(desk: "infirmerie"), at: at(10, 30 + seed % 7))
        let leaving = try take("medical", "nl", at: at(11, 0))
        try run(.cancel(leaving.number), at: at(11, 5))
        try run(.checkIn(code: code.digits, language: "ar"), at: at(13, 55))
        try run(.callNext(desk: "psy", language: nil), at: at(14, 0))
        try run(.finish(desk: "psy"), at: at(14, 45))
        let late = try take("nursing", "fr", at: at(15, 0))
        try run(.flagUrgent(late.number), at: at(15, 1))
        try run(.callNext(desk: "infirmerie", language: nil), at: at(15, 5))  // still called at midnight
        _ = try take("medical", "ar", at: at(16, 0))  // still waiting at midnight
        try run(.pauseDesk("medecin-1"), at: at(17, 0))
    }

    /// `count` days from Monday, then the next day's first ticket (its rollover settles the last).
    static func days(_ count: Int) throws -> Script {
        var script = Script()
        for index in 0..<count { try script.day(TestSite.monday.adding(days: index), seed: index) }
        _ = try script.take("medical", at: TestSite.at(9, 0, on: TestSite.monday.adding(days: count)))
        return script
    }
}
