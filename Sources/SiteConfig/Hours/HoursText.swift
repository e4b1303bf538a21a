import QueueCore

/// The written form of one day's opening hours, both ways:
/// `"10:00-19:00"`, `"09:00-12:30, 13:30-17:00"`, `"closed"`, `"all day"`.
///
/// Reading forgives what people write on leaflets: `9:30`, `10h`, `10h30`, en dashes,
/// spaces around the dash, `;` between windows.
public enum HoursText {
    public static let closed = "closed"
    public static let allDay = "all day"

    /// The windows `text` gives, sorted; empty for `closed`.
    public static func parse(_ text: String) throws(HoursError) -> [TimeWindow] {
        let trimmed = String(text.trimmingSpaces())
        switch trimmed.lowercased() {
        case closed: return []
        case allDay: return [TimeWindow(start: .midnight, end: .endOfDay)!]
        case "": throw .empty
        default: break
        }
        var windows: [TimeWindow] = []
        for part in trimmed.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            windows.append(try window(String(part.trimmingSpaces())))
        }
        return try checkedNoOverlap(windows)
    }

    /// `closed`, or the windows joined by `, `: what `parse` reads back to the same windows.
    public static func format(_ windows: [TimeWindow]) -> String {
        windows.isEmpty ? closed : windows.sorted { $0.start < $1.start }.map(\.description).joined(separator: ", ")
    }

    /// `windows` sorted, or the first two that overlap.
    static func checkedNoOverlap(_ windows: [TimeWindow]) throws(HoursError) -> [TimeWindow] {
        let sorted = windows.sorted { $0.start < $1.start }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.overlaps(b) {
            throw .overlap(a, b)
        }
        return sorted
    }

    static func window(_ text: String) throws(HoursError) -> TimeWindow {
        let normalized = String(text.map { $0 == "\u{2013}" || $0 == "\u{2014}" ? "-" : $0 })
        let ends = normalized.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2 else { throw .notAWindow(text) }
        let start = try time(ends[0])
        let end = try time(ends[1])
        guard let window = TimeWindow(start: start, end: end) else { throw .endsBeforeStart(text) }
        return window
    }

    /// `10:00`, `9:30`, `10`, `10h`, `10h30`.
    static func time(_ text: Substring) throws(HoursError) -> TimeOfDay {
        let written = String(text.trimmingSpaces())
        var clock = written.lowercased()
        if let h = clock.firstIndex(of: "h") {
            let minutes = clock[clock.index(after: h)...]
            clock = String(clock[..<h]) + (minutes.isEmpty ? "" : ":" + minutes)
        }
        guard let time = TimeOfDay(clock) else { throw .notATime(written) }
        return time
    }
}

/// What is wrong with a day's hours, said so a volunteer can fix it.
public enum HoursError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case notAWindow(String)
    case notATime(String)
    case endsBeforeStart(String)
    case overlap(TimeWindow, TimeWindow)

    public var description: String {
        switch self {
        case .empty:
            "no hours given; write \"closed\" for a closed day, or hours like \"10:00-19:00\""
        case .notAWindow(let text):
            "'\(text)' is not an opening window; write start-end, like \"10:00-19:00\", and separate windows with commas"
        case .notATime(let text):
            "'\(text)' is not a time of day; write HH:MM from 00:00 to 24:00"
        case .endsBeforeStart(let text):
            "'\(text)' ends before it starts; a window cannot cross midnight (write 22:00-24:00 and 00:00-02:00 on the next day)"
        case .overlap(let a, let b):
            "windows \(a) and \(b) overlap"
        }
    }
}
