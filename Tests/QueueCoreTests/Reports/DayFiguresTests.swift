import Testing
import QueueCore

/// The scripted Monday's figures, worked out by hand from `ScriptedDay`.
@Suite struct DayFiguresTests {
    static func figures() throws -> [DayFigures] {
        var builder = DayFiguresBuilder(timeZone: ZoneFile.brussels)
        for event in try ScriptedDay.run().events { builder.add(event) }
        return builder.figures
    }

    static func histogram(_ minutes: [Int]) -> MinuteHistogram {
        var histogram = MinuteHistogram()
        for minute in minutes { histogram.add(milliseconds: Int64(minute) * 60_000) }
        return histogram
    }

    @Test func oneFigureSetPerDay() throws {
        #expect(try Self.figures().map(\.date) == [Week.monday, Week.tuesday])
    }

    /// Expected figures of one service; unnamed counts are zero.
    static func service(
        tickets: Int, consultations: Int = 0, cancelled: Int = 0, transfersOut: Int = 0, transfersIn: Int = 0,
        appointments: Int = 0, urgent: Int = 0, waits: [Int] = [], lengths: [Int] = []
    ) -> DayFigures.ServiceFigures {
        var figures = DayFigures.ServiceFigures()
        figures.tickets = tickets
        figures.consultations = consultations
        figures.cancelled = cancelled
        figures.transfersOut = transfersOut
        figures.transfersIn = transfersIn
        figures.appointments = appointments
        figures.urgent = urgent
        figures.waits = histogram(waits)
        figures.consultationLengths = histogram(lengths)
        return figures
    }

    @Test func perService() throws {
        let monday = try Self.figures()[0]
        // M-001's no-show was reinstated, so no service counts a no-show.
        #expect(
            monday.services["medical"]
                == Self.service(
                    tickets: 3, consultations: 3, transfersOut: 1, urgent: 1, waits: [15, 38, 47], lengths: [20, 15, 19]))
        // One cancelled, one still waiting at the end of the day.
        #expect(monday.services["social"] == Self.service(tickets: 2, cancelled: 2))
        #expect(
            monday.services["psy"] == Self.service(tickets: 1, consultations: 1, appointments: 1, waits: [5], lengths: [45]))
    }

    @Test func nursing() throws {
        let nursing = try #require(try Self.figures()[0].services["nursing"])
        // M-002 came in by transfer, had waited in medical already: only N-001's wait counts.
        // Consultations: M-002 (20 minutes) and N-001, still called at midnight: its length is unknown.
        #expect(nursing == Self.service(tickets: 1, consultations: 2, transfersIn: 1, urgent: 1, waits: [361], lengths: [20]))
    }

    @Test func arrivalsByHourAndLanguages() throws {
        let monday = try Self.figures()[0]
        var hours = Array(repeating: 0, count: 24)
        hours[10] = 4
        hours[14] = 3
        #expect(monday.arrivalsByHour == hours)
        #expect(monday.languages == ["fr": 3, "ar": 1, "nl": 1, "ro": 1, "en": 1])
        #expect(monday.totalTickets == 7)
        #expect(monday.totalConsultations == 6)
    }

    @Test func theNextDayHasItsOwnFigures() throws {
        let tuesday = try Self.figures()[1]
        #expect(tuesday.totalTickets == 1)
        #expect(tuesday.services["medical"]?.tickets == 1)
        #expect(tuesday.arrivalsByHour[11] == 1)
        #expect(tuesday.languages == ["fr": 1])
    }

    @Test func arrivalsAreCountedInSiteLocalHours() throws {
        // 10:30 in July is 08:30 UTC: it counts in the 10 o'clock column.
        var queue = Queue(Mass.alwaysOpen)
        let july = LocalDate("2026-07-06")!
        try queue.take("medical", at: at(10, 30, on: july))
        var builder = DayFiguresBuilder(timeZone: ZoneFile.brussels)
        for event in queue.events { builder.add(event) }
        #expect(builder.figures.first?.arrivalsByHour[10] == 1)
    }
}
