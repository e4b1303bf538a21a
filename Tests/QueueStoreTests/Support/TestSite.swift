import QueueCore

/// A small always-open site in Brussels time, enough to produce every kind of event.
enum TestSite {
    static let zone: TimeZoneRules = {
        do { return try TimeZoneRules(identifier: "Europe/Brussels", posixRule: "CET-1CEST,M3.5.0,M10.5.0/3") } catch {
            fatalError("\(error)")
        }
    }()

    static let configuration = SiteConfiguration(
        name: "Test site", timeZone: zone,
        services: [
            Service(id: "medical", prefix: "M"), Service(id: "nursing", prefix: "N"), Service(id: "psy", prefix: "P"),
        ],
        desks: [
            Desk(id: "medecin-1", label: "Cabinet 1", services: ["medical"]),
            Desk(id: "infirmerie", label: "Infirmerie", services: ["nursing"]),
            Desk(id: "psy", label: "Psychologue", services: ["psy"]),
        ],
        languages: ["fr", "nl", "ar"])

    /// Monday 23 November 2026.
    static let monday = LocalDate(year: 2026, month: 11, day: 23)!

    static func at(_ hour: Int, _ minute: Int = 0, on date: LocalDate = monday) -> Timestamp {
        zone.timestamp(of: LocalDateTime(date: date, time: TimeOfDay(hour: hour, minute: minute)!))
    }
}
