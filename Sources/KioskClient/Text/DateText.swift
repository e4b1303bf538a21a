import QueueCore

/// Dates and times as people read them in each language: "lundi 24/11", "maandag 24/11",
/// "Monday 24/11", "الاثنين 24/11". Weekday names fall back to English.
public enum DateText {
    public static func day(_ date: LocalDate, _ language: LanguageCode) -> String {
        let names = weekdays[language.rawValue] ?? weekdays["en"]!
        return "\(names[date.weekday.rawValue - 1]) \(date.day.zeroPadded(2))/\(date.month.zeroPadded(2))"
    }

    /// `dd/mm/yyyy HH:MM`, the form used on tickets and staff screens.
    public static func dateTime(_ local: LocalDateTime) -> String {
        "\(local.date.day.zeroPadded(2))/\(local.date.month.zeroPadded(2))/\(local.date.year) \(local.time)"
    }

    static let weekdays: [String: [String]] = [
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    ]
}
