import Testing
import QueueCore

/// A period's report is the sum of its days.
@Suite struct PeriodReportTests {
    @Test func twoDaysAddUp() throws {
        let days = try DayFiguresTests.figures()
        let report = PeriodReport(from: Week.monday, through: Week.tuesday, days: days)
        #expect(report.daysOpen == 2)
        #expect(report.totalTickets == 8)
        #expect(report.perDay(report.totalTickets) == 4)
        #expect(report.services["medical"]?.tickets == 4)
        #expect(report.services["medical"]?.waits.percentile(0.5) == 38)
        #expect(report.languages["fr"] == 4)
        #expect(report.arrivalsByHour[10] == 4)
        #expect(report.arrivalsByHour[11] == 1)
    }

    @Test func daysOutsideThePeriodAreLeftOut() throws {
        let days = try DayFiguresTests.figures()
        let tuesday = PeriodReport(from: Week.tuesday, through: Week.sunday, days: days)
        #expect(tuesday.daysOpen == 1)
        #expect(tuesday.totalTickets == 1)
        let none = PeriodReport(from: Week.wednesday, through: Week.sunday, days: days)
        #expect(none.daysOpen == 0)
        #expect(none.perDay(none.totalTickets) == nil)
        #expect(none.services.isEmpty)
    }
}
