import QueueCore

extension WireServiceFigures {
    public init(service: ServiceID, _ figures: DayFigures.ServiceFigures) {
        self.init()
        self.service = service.rawValue
        tickets = Int64(figures.tickets)
        consultations = Int64(figures.consultations)
        noShows = Int64(figures.noShows)
        cancelled = Int64(figures.cancelled)
        transfersOut = Int64(figures.transfersOut)
        transfersIn = Int64(figures.transfersIn)
        appointments = Int64(figures.appointments)
        urgent = Int64(figures.urgent)
        waits = WireMinuteHistogram(figures.waits)
        consultationLengths = WireMinuteHistogram(figures.consultationLengths)
    }
}

extension DayFigures.ServiceFigures {
    public init(_ message: WireServiceFigures) throws {
        self.init()
        tickets = Int(message.tickets)
        consultations = Int(message.consultations)
        noShows = Int(message.noShows)
        cancelled = Int(message.cancelled)
        transfersOut = Int(message.transfersOut)
        transfersIn = Int(message.transfersIn)
        appointments = Int(message.appointments)
        urgent = Int(message.urgent)
        waits = try nested("waits") { try MinuteHistogram(message.waits) }
        consultationLengths = try nested("consultation_lengths") { try MinuteHistogram(message.consultationLengths) }
    }
}

/// The three parts shared by the figures of a day (`DayFigures`) and of a period (`PeriodReport`).
struct FigureParts {
    var services: [ServiceID: DayFigures.ServiceFigures]
    var arrivalsByHour: [Int]
    var languages: [LanguageCode: Int]
}

extension WireFigures {
    init(_ parts: FigureParts) {
        self.init()
        services = parts.services.sorted { $0.key < $1.key }.map { WireServiceFigures(service: $0.key, $0.value) }
        arrivalsByHour = parts.arrivalsByHour.map(Int64.init)
        languages = parts.languages.sorted { $0.key < $1.key }.map { language, count in
            .with {
                $0.language = language.rawValue
                $0.count = Int64(count)
            }
        }
    }

    func parts() throws -> FigureParts {
        var services: [ServiceID: DayFigures.ServiceFigures] = [:]
        for (index, figures) in self.services.enumerated() {
            let service = try FieldParsing.service(figures.service, "services[\(index)].service")
            guard services[service] == nil else {
                throw MessageError.malformed(field: "services", value: service.rawValue, expected: "each service once")
            }
            services[service] = try nested("services[\(index)]") { try DayFigures.ServiceFigures(figures) }
        }
        guard arrivalsByHour.count == 24 else {
            throw MessageError.malformed(
                field: "arrivals_by_hour", value: "\(arrivalsByHour.count) entries", expected: "24 entries")
        }
        var languages: [LanguageCode: Int] = [:]
        for (index, entry) in self.languages.enumerated() {
            let language = try FieldParsing.language(entry.language, "languages[\(index)].language")
            guard languages.updateValue(Int(entry.count), forKey: language) == nil else {
                throw MessageError.malformed(field: "languages", value: language.rawValue, expected: "each language once")
            }
        }
        return FigureParts(services: services, arrivalsByHour: arrivalsByHour.map { Int($0) }, languages: languages)
    }
}

extension WireReport {
    public init(_ report: PeriodReport) {
        self.init()
        fromDay = report.from.description
        throughDay = report.through.description
        daysOpen = UInt32(count: report.daysOpen)
        figures = WireFigures(
            FigureParts(services: report.services, arrivalsByHour: report.arrivalsByHour, languages: report.languages))
    }
}

extension PeriodReport {
    public init(_ message: WireReport) throws {
        let parts = try nested("figures") { try message.figures.parts() }
        self.init(
            from: try FieldParsing.date(message.fromDay, "from_day"),
            through: try FieldParsing.date(message.throughDay, "through_day"),
            daysOpen: Int(message.daysOpen), services: parts.services, arrivalsByHour: parts.arrivalsByHour,
            languages: parts.languages)
    }
}
