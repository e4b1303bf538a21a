/// A day of the week, Monday first (ISO 8601), as opening hours are written.
public enum Weekday: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The three-letter English abbreviation used in configuration files: `mon` … `sun`.
    public var shortName: String {
        switch self {
        case .monday: "mon"
        case .tuesday: "tue"
        case .wednesday: "wed"
        case .thursday: "thu"
        case .friday: "fri"
        case .saturday: "sat"
        case .sunday: "sun"
        }
    }

    /// The English name, for messages: `Monday`.
    public var name: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }

    public init?(shortName: some StringProtocol) {
        guard let day = Weekday.allCases.first(where: { $0.shortName == shortName.lowercased() }) else {
            return nil
        }
        self = day
    }

    public var description: String { shortName }
}
