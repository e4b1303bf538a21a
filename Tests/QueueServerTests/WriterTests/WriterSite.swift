import QueueCore

/// The site the writer tests run: two services, three desks, always open, in UTC.
enum WriterSite {
    static let monday = LocalDate(year: 2026, month: 11, day: 23)!

    static let configuration = SiteConfiguration(
        name: "Test centre", timeZone: .utc,
        services: [Service(id: "medical", prefix: "M"), Service(id: "nursing", prefix: "N")],
        desks: [
            Desk(id: "desk-1", label: "Cabinet 1", services: ["medical"]),
            Desk(id: "desk-2", label: "Cabinet 2", services: ["medical", "nursing"]),
            Desk(id: "nurse", label: "Infirmerie", services: ["nursing"]),
        ],
        languages: ["fr", "en", "ar"])

    /// `time` ("HH:MM" or "HH:MM:SS") on `day`, UTC.
    static func instant(_ day: LocalDate, _ time: String) -> Timestamp {
        let parts = time.split(separator: ":").map { Int($0)! }
        let seconds = parts[0] * 3600 + parts[1] * 60 + (parts.count > 2 ? parts[2] : 0)
        return TimeZoneRules.utc.timestamp(of: LocalDateTime(date: day, secondsOfDay: seconds))
    }

    static func take(_ service: ServiceID = "medical", key: String? = nil) -> QueueCommand {
        .takeTicket(service: service, language: "fr", urgent: false, idempotencyKey: key)
    }
}
