import QueueCore

extension DayFigures {
    /// The sum of two sets of figures of the same day (stored ones and events of that day that
    /// arrived after it was pruned, which only a clock set back can produce).
    func merged(with other: DayFigures) -> DayFigures {
        var sum = self
        for (service, figures) in other.services { sum.services[service, default: .init()].merge(figures) }
        for hour in sum.arrivalsByHour.indices { sum.arrivalsByHour[hour] += other.arrivalsByHour[hour] }
        sum.languages.merge(other.languages, uniquingKeysWith: +)
        return sum
    }
}
