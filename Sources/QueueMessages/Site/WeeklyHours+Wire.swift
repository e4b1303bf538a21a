import QueueCore

extension WireWeeklyHours {
    public init(_ hours: WeeklyHours) {
        self.init()
        days = hours.windows.sorted { $0.key.rawValue < $1.key.rawValue }.map { weekday, windows in
            .with {
                $0.weekday = UInt32(weekday.rawValue)
                $0.windows = windows.map(WireTimeWindow.init)
            }
        }
    }
}

extension WeeklyHours {
    public init(_ message: WireWeeklyHours) throws {
        var windows: [Weekday: [TimeWindow]] = [:]
        for (index, day) in message.days.enumerated() {
            guard let weekday = Weekday(rawValue: Int(day.weekday)), windows[weekday] == nil else {
                throw MessageError.malformed(
                    field: "days[\(index)].weekday", value: "\(day.weekday)", expected: "a weekday 1-7 listed once")
            }
            windows[weekday] = try nested("days[\(index)]") { try decodeEach("windows", day.windows, TimeWindow.init) }
        }
        self.init(windows)
    }
}
