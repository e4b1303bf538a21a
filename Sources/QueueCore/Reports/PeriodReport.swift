/// Figures for a period (a day, a month, a year): the sum of its days, with per-day averages
/// and waiting-time percentiles per service.
public struct PeriodReport: Hashable, Sendable {
    public let from: LocalDate
    public let through: LocalDate
    /// Days with at least one ticket.
    public private(set) var daysOpen: Int
    public private(set) var services: [ServiceID: DayFigures.ServiceFigures]
    public private(set) var arrivalsByHour: [Int]
    public private(set) var languages: [LanguageCode: Int]

    public init(from: LocalDate, through: LocalDate, days: [DayFigures]) {
        self.from = from
        self.through = through
        self.daysOpen = 0
        self.services = [:]
        self.arrivalsByHour = Array(repeating: 0, count: 24)
        self.languages = [:]
        for day in days where day.date >= from && day.date <= through {
            if day.totalTickets > 0 { daysOpen += 1 }
            for (service, figures) in day.services { services[service, default: .init()].merge(figures) }
            for hour in 0..<24 { arrivalsByHour[hour] += day.arrivalsByHour[hour] }
            languages.merge(day.languages, uniquingKeysWith: +)
        }
    }

    /// A report from its parts, as read back from a message.
    public init(
        from: LocalDate, through: LocalDate, daysOpen: Int, services: [ServiceID: DayFigures.ServiceFigures],
        arrivalsByHour: [Int], languages: [LanguageCode: Int]
    ) {
        self.from = from
        self.through = through
        self.daysOpen = daysOpen
        self.services = services
        self.arrivalsByHour = arrivalsByHour
        self.languages = languages
    }

    public var totalTickets: Int { services.values.reduce(0) { $0 + $1.tickets } }
    public var totalConsultations: Int { services.values.reduce(0) { $0 + $1.consultations } }

    /// Mean per open day, nil when no day was open.
    public func perDay(_ total: Int) -> Double? {
        daysOpen == 0 ? nil : Double(total) / Double(daysOpen)
    }
}
