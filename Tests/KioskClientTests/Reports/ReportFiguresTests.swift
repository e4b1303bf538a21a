import KioskClient
import QueueCore
import Testing

@Suite struct ReportFiguresTests {
    static var report: PeriodReport {
        var medical = DayFigures.ServiceFigures()
        medical.tickets = 10
        medical.consultations = 8
        medical.noShows = 1
        medical.transfersOut = 1
        medical.waits = MinuteHistogram(counts: [5: 4, 20: 4, 60: 1])
        var social = DayFigures.ServiceFigures()
        social.tickets = 4
        social.consultations = 4
        var hours = Array(repeating: 0, count: 24)
        hours[10] = 9
        hours[14] = 5
        return PeriodReport(
            from: LocalDate("2026-11-01")!, through: LocalDate("2026-11-30")!, daysOpen: 2,
            services: ["medical": medical, "social": social], arrivalsByHour: hours, languages: ["fr": 9, "ar": 5])
    }

    let figures = ReportFigures(report: report, site: Fixtures.configuration)

    @Test func csvHasServicesTotalsHoursAndLanguages() {
        let lines = figures.csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1] == "medical,Médecin,10,8,5.0,4.0,20,60,,1,0,1,0,0,0")
        #expect(lines[2] == "social,Service social,4,4,2.0,2.0,,,,0,0,0,0,0,0")
        #expect(lines[3] == "total,Total,14,12,7.0,6.0,20,60,,1,0,1,0,0,0")
        #expect(lines.contains("10:00,9"))
        #expect(lines.contains("language,tickets"))
        #expect(lines.suffix(3).first == "fr,9")
    }

    @Test func jsonCarriesTheSameFigures() {
        let json = figures.json.rendered()
        #expect(json.hasPrefix("{\"from\":\"2026-11-01\",\"through\":\"2026-11-30\",\"days_open\":2,\"tickets\":14,"))
        #expect(json.contains("\"service\":\"medical\",\"label\":\"Médecin\",\"tickets\":10,\"consultations\":8,"
            + "\"tickets_per_day\":5,\"wait_p50_min\":20,\"wait_p90_min\":60"))
        #expect(json.contains("\"languages\":{\"ar\":5,\"fr\":9}"))
    }

    @Test func jsonEscapesText() {
        #expect(JSONValue.string("a\"b\n").rendered() == "\"a\\\"b\\n\"")
    }
}
