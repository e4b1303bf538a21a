import ArgumentParser
import KioskClient
import QueueCore

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Figures for funders: tickets and consultations per service, per day, per hour, waits, languages.")

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "One day, YYYY-MM-DD.") var day: String?
    @Option(help: "One month, YYYY-MM.") var month: String?
    @Option(help: "One year, YYYY.") var year: String?
    @Flag(help: "CSV (three tables: services, hours, languages).") var csv = false
    @Flag(help: "JSON.") var json = false
    @Option(help: "Language of the service labels.") var lang = "fr"

    func validate() throws {
        guard [day, month, year].compactMap({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --day, --month, --year")
        }
        guard !(csv && json) else { throw ValidationError("--csv and --json cannot be combined") }
        _ = try period()
    }

    func period() throws -> (LocalDate, LocalDate) {
        if let day {
            guard let date = LocalDate(day) else { throw ValidationError("'\(day)' is not a day YYYY-MM-DD") }
            return (date, date)
        }
        if let month {
            guard let first = LocalDate(month + "-01") else { throw ValidationError("'\(month)' is not a month YYYY-MM") }
            let next = LocalDate(year: first.month == 12 ? first.year + 1 : first.year, month: first.month % 12 + 1, day: 1)!
            return (first, next.adding(days: -1))
        }
        guard let year, year.count == 4, let number = Int(year), let first = LocalDate(year: number, month: 1, day: 1)
        else { throw ValidationError("'\(year ?? "")' is not a year YYYY") }
        return (first, LocalDate(year: number, month: 12, day: 31)!)
    }

    func run() async throws {
        let (from, through) = try period()
        try await Failure.guarding {
            try await connection.withClient(name: "queuectl report") { client in
                let site = try? await client.getSiteInfo()
                let report = try await client.getReport(from: from, through: through)
                let figures = ReportFigures(report: report, site: site?.configuration, language: LanguageCode(lang) ?? "fr")
                output(csv ? figures.csv : json ? figures.json.rendered() : figures.text)
            }
        }
    }
}
