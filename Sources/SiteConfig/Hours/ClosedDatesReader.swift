import QueueCore

/// Reads `closed_dates`: dates (`"2026-12-25"` or unquoted `2026-12-25`) and inclusive ranges
/// (`"2026-12-24..2027-01-01"`) when the whole site is closed.
struct ClosedDatesReader {
    let context: String
    let problems: ProblemCollector
    /// A range longer than this is almost surely a typo in the year.
    static let longestRange = 366

    func read(_ value: TOMLValue) -> Set<LocalDate> {
        let items: [TOMLValue]
        if case .array(let values) = value.kind { items = values } else { items = [value] }
        var dates: Set<LocalDate> = []
        for item in items {
            switch item.kind {
            case .date(let date): dates.insert(date)
            case .string(let text):
                if let range = range(text, at: item.position) { dates.formUnion(range) }
            default:
                problems.add(
                    "\(context): closed_dates must be a list of dates, like [\"2026-12-25\", \"2026-12-31..2027-01-01\"] "
                        + "(found \(item.kindName))",
                    at: item.position)
            }
        }
        return dates
    }

    func range(_ text: String, at position: SourcePosition) -> [LocalDate]? {
        let ends = text.split(separator: "..", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        guard (1...2).contains(ends.count) else {
            problems.add("\(context): '\(text)' is not a date or a range like \"2026-12-24..2027-01-01\"", at: position)
            return nil
        }
        var bounds: [LocalDate] = []
        for end in ends {
            guard let date = LocalDate(end) else {
                problems.add("\(context): '\(end)' is not a date; write YYYY-MM-DD, like 2026-12-25", at: position)
                return nil
            }
            bounds.append(date)
        }
        let first = bounds[0].daysSinceEpoch
        let last = bounds[bounds.count - 1].daysSinceEpoch
        guard first <= last else {
            problems.add("\(context): the range '\(text)' ends before it starts", at: position)
            return nil
        }
        guard last - first < Self.longestRange else {
            problems.add("\(context): the range '\(text)' is longer than a year; check the years", at: position)
            return nil
        }
        return (first...last).map { LocalDate(daysSinceEpoch: $0) }
    }
}
