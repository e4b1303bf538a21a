/// Opening windows for each day of the week; a day with no window is closed.
public struct WeeklyHours: Hashable, Sendable {
    public var windows: [Weekday: [TimeWindow]]

    public init(_ windows: [Weekday: [TimeWindow]] = [:]) {
        self.windows = windows.mapValues { $0.sorted { $0.start < $1.start } }
    }

    /// Open every day, all day.
    public static let always = WeeklyHours(
        Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, [TimeWindow(start: .midnight, end: .endOfDay)!]) }))

    public func windows(on day: Weekday) -> [TimeWindow] { windows[day] ?? [] }
}

/// When the site takes tickets: weekly windows and dates it is closed (holidays).
public struct OpeningHours: Hashable, Sendable {
    public var weekly: WeeklyHours
    public var closedDates: Set<LocalDate>

    public init(weekly: WeeklyHours, closedDates: Set<LocalDate> = []) {
        self.weekly = weekly
        self.closedDates = closedDates
    }

    public static let always = OpeningHours(weekly: .always)

    /// The windows open on `date`, narrowed to `service` windows when given.
    public func windows(on date: LocalDate, narrowedTo service: WeeklyHours? = nil) -> [TimeWindow] {
        guard !closedDates.contains(date) else { return [] }
        let site = weekly.windows(on: date.weekday)
        guard let service else { return site }
        let own = service.windows(on: date.weekday)
        var result: [TimeWindow] = []
        for a in site {
            for b in own {
                if let w = TimeWindow(start: max(a.start, b.start), end: min(a.end, b.end)) { result.append(w) }
            }
        }
        return result.sorted { $0.start < $1.start }
    }

    public func isOpen(at local: LocalDateTime, narrowedTo service: WeeklyHours? = nil) -> Bool {
        windows(on: local.date, narrowedTo: service).contains { $0.contains(local.time) }
    }

    /// The start of the next window after `local` (strictly later), looking up to 366 days ahead.
    public func nextOpening(after local: LocalDateTime, narrowedTo service: WeeklyHours? = nil) -> LocalDateTime? {
        for offset in 0...366 {
            let date = local.date.adding(days: offset)
            for window in windows(on: date, narrowedTo: service) {
                let start = LocalDateTime(date: date, time: window.start)
                if start > local { return start }
            }
        }
        return nil
    }
}
