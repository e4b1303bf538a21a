import QueueCore

extension StoredDayFigures {
    public init(_ day: DayFigures) {
        self.init()
        date = day.date.description
        figures = WireFigures(
            FigureParts(services: day.services, arrivalsByHour: day.arrivalsByHour, languages: day.languages))
    }
}

extension DayFigures {
    public init(_ message: StoredDayFigures) throws {
        let parts = try nested("figures") { try message.figures.parts() }
        self.init(date: try FieldParsing.date(message.date, "date"))
        services = parts.services
        arrivalsByHour = parts.arrivalsByHour
        languages = parts.languages
    }
}
