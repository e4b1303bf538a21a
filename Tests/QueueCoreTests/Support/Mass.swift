import QueueCore

/// The MASS de Bruxelles as a site: its real opening hours, in Europe/Brussels.
enum Mass {
    static func window(_ text: String) -> TimeWindow { TimeWindow(text)! }

    /// Mon 10–19, Tue 11–19, Wed 10–19, Thu 14–19, Fri 10–19, Sat 10–13, Sun closed.
    static let weekly = WeeklyHours([
        .monday: [window("10:00-19:00")], .tuesday: [window("11:00-19:00")], .wednesday: [window("10:00-19:00")],
        .thursday: [window("14:00-19:00")], .friday: [window("10:00-19:00")], .saturday: [window("10:00-13:00")],
    ])

    /// Christmas day, a Friday in 2026.
    static let christmas = LocalDate(year: 2026, month: 12, day: 25)!

    static let services = [
        Service(id: "medical", prefix: "M", labels: ["fr": "Médecin", "nl": "Arts"]),
        Service(id: "nursing", prefix: "N"),
        // The social worker sees people on Monday and Wednesday afternoons only.
        Service(
            id: "social", prefix: "S",
            hours: WeeklyHours([.monday: [window("14:00-18:00")], .wednesday: [window("14:00-18:00")]])),
        // The psychologist sees six people a day at most.
        Service(id: "psy", prefix: "P", dailyCap: 6),
    ]

    static let desks = [
        Desk(id: "medecin-1", label: "Cabinet 1", services: ["medical"]),
        Desk(id: "medecin-2", label: "Cabinet 2", services: ["medical", "nursing"]),
        Desk(id: "infirmerie", label: "Infirmerie", services: ["nursing"]),
        Desk(id: "social", label: "Bureau social", services: ["social"]),
        Desk(id: "psy", label: "Psychologue", services: ["psy"]),
        // The reception counter announces, it calls nobody.
        Desk(id: "accueil", label: "Accueil", services: []),
    ]

    static func site(
        hours: OpeningHours = OpeningHours(weekly: weekly, closedDates: [christmas]),
        ratio: PriorityRatio = .default, timeZone: TimeZoneRules = ZoneFile.brussels
    ) -> SiteConfiguration {
        SiteConfiguration(
            name: "MASS de Bruxelles", timeZone: timeZone, services: services, desks: desks, hours: hours,
            priorityRatio: ratio, languages: ["fr", "nl", "en", "ar", "ro"])
    }

    /// The same site open around the clock (for rules that have nothing to do with hours).
    static let alwaysOpen = site(hours: .always)
}

/// Dates of the test week: Monday 23 November 2026 to Sunday 29.
enum Week {
    static let monday = LocalDate(year: 2026, month: 11, day: 23)!
    static let tuesday = monday.adding(days: 1)
    static let wednesday = monday.adding(days: 2)
    static let thursday = monday.adding(days: 3)
    static let friday = monday.adding(days: 4)
    static let saturday = monday.adding(days: 5)
    static let sunday = monday.adding(days: 6)
}

/// The instant of a Brussels wall-clock time.
func at(_ hour: Int, _ minute: Int = 0, on date: LocalDate = Week.monday, in zone: TimeZoneRules = ZoneFile.brussels)
    -> Timestamp
{
    zone.timestamp(of: LocalDateTime(date: date, time: TimeOfDay(hour: hour, minute: minute)!))
}

func wall(_ date: LocalDate, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
    LocalDateTime(date: date, time: TimeOfDay(hour: hour, minute: minute)!)
}
