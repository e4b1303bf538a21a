import QueueCore

/// A Monday at the MASS with every kind of event, then Tuesday's first ticket (the rollover).
/// The figures it should give are worked out by hand in `DayFiguresTests`.
enum ScriptedDay {
    static func run() throws(QueueError) -> Queue {
        var q = Queue()
        try q.run(.openDesk("medecin-1"), at: at(10, 0))
        try q.take("medical", "fr", key: "kiosk-1", at: at(10, 2))  // M-001
        try q.take("medical", "ar", at: at(10, 3))  // M-002
        try q.take("nursing", "nl", at: at(10, 4))  // N-001
        try q.take("medical", "fr", urgent: true, at: at(10, 5))  // M-003
        let code = try q.book("psy", on: Week.monday, "15:00-15:30", entropy: 11_111, at: at(10, 10))
        try q.book("psy", on: Week.friday, "15:00-15:30", entropy: 22_222, at: at(10, 11))
        let spare = try q.book("psy", on: Week.friday, "16:00-16:30", entropy: 33_333, at: at(10, 12))
        try q.run(.cancelAppointment(code: spare.description), at: at(10, 13))
        try q.call("medecin-1", at: at(10, 20))  // M-003, waited 15
        try q.call("medecin-1", at: at(10, 40))  // M-003 done after 20; M-001, waited 38
        try q.run(.recall(desk: "medecin-1"), at: at(10, 41))
        try q.run(.markNoShow(desk: "medecin-1"), at: at(10, 45))
        try q.call("medecin-2", at: at(10, 50))  // M-002, waited 47
        try q.run(.reinstate(number("M-001")), at: at(11, 0))
        try q.run(.transfer(number("M-002"), to: "nursing"), at: at(11, 5))  // medical consultation of 15
        try q.call("infirmerie", at: at(11, 10))  // M-002 again (arrived before N-001): no second wait
        try q.run(.finish(desk: "infirmerie"), at: at(11, 30))  // nursing consultation of 20
        try q.call("medecin-1", at: at(11, 31))  // M-001 again
        try q.run(.finish(desk: "medecin-1"), at: at(11, 50))  // 19
        try q.take("social", "ro", at: at(14, 0))  // S-001, left waiting: cancelled at the end of the day
        try q.take("social", "fr", at: at(14, 5))  // S-002
        try q.run(.cancel(number("S-002")), at: at(14, 10))
        try q.run(.checkIn(code: code.digits, language: "en"), at: at(14, 55))  // P-001
        try q.call("psy", at: at(15, 0))  // waited 5
        try q.run(.finish(desk: "psy"), at: at(15, 45))  // 45
        try q.run(.flagUrgent(number("N-001")), at: at(16, 0))
        try q.call("infirmerie", at: at(16, 5))  // N-001, waited 361; still called at midnight
        try q.run(.pauseDesk("medecin-2"), at: at(16, 30))
        try q.take("medical", "fr", at: at(11, 0, on: Week.tuesday))  // Tuesday's M-001
        return q
    }
}
