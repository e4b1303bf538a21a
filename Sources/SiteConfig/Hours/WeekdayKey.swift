import QueueCore

/// The day keys of an hours table: `monday`, `mon`, and ranges such as `monday-friday` or
/// `sat-sun`. A range may wrap around the week (`friday-monday`).
enum WeekdayKey {
    static let fullNames = SiteFileSchema.weekdayNames

    /// French and Dutch day names, mapped to the English key to write instead.
    static let otherLanguages: [String: String] = [
        "lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday", "vendredi": "friday",
        "samedi": "saturday", "dimanche": "sunday", "maandag": "monday", "dinsdag": "tuesday", "woensdag": "wednesday",
        "donderdag": "thursday", "vrijdag": "friday", "zaterdag": "saturday", "zondag": "sunday",
    ]

    /// The days `key` names, or the message saying why it names none.
    static func days(_ key: String) -> Result<[Weekday], WeekdayKeyError> {
        let ends = key.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count <= 2 else { return .failure(WeekdayKeyError(key: key, hint: nil)) }
        var bounds: [Weekday] = []
        for end in ends {
            guard let day = day(String(end)) else { return .failure(WeekdayKeyError(key: String(end), hint: hint(String(end)))) }
            bounds.append(day)
        }
        guard bounds.count == 2 else { return .success(bounds) }
        var days = [bounds[0]]
        var day = bounds[0]
        while day != bounds[1] {
            day = Weekday(rawValue: day.rawValue % 7 + 1)!
            days.append(day)
        }
        return .success(days)
    }

    static func day(_ name: String) -> Weekday? {
        let lower = name.lowercased()
        if let index = fullNames.firstIndex(of: lower) { return Weekday.allCases[index] }
        return Weekday(shortName: lower)
    }

    static func hint(_ name: String) -> String? {
        if let english = otherLanguages[name.lowercased()] { return "write days in English: \(english)" }
        return KeySuggestion.closest(to: name, in: fullNames).map { "did you mean '\($0)'?" }
    }
}

/// A day key that names no weekday.
struct WeekdayKeyError: Error {
    var key: String
    var hint: String?

    var message: String {
        "'\(key)' is not a day of the week; "
            + (hint ?? "use monday … sunday (or mon … sun), or a range such as monday-friday")
    }
}
