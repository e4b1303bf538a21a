/// Everything about a site that the queue rules depend on.
///
/// Built by `SiteConfig` from the site's file (or the built-in default). Listen addresses,
/// tokens and limits are the server's business and live there, not here.
public struct SiteConfiguration: Hashable, Sendable {
    public var name: String
    public var timeZone: TimeZoneRules
    /// In display order (the kiosk numbers them 1, 2, 3… in this order).
    public var services: [Service]
    public var desks: [Desk]
    public var hours: OpeningHours
    public var priorityRatio: PriorityRatio
    /// Languages offered at the kiosk, in display order; the first is the site's default.
    public var languages: [LanguageCode]
    /// Assumed consultation length until the service has finished some.
    public var defaultConsultationMinutes: Int
    /// How long after its slot's end an appointment check-in still counts as priority; someone
    /// later waits as a walk-in, by arrival.
    public var lateCheckInGraceMinutes: Int

    public static let defaultLateCheckInGraceMinutes = 15

    public init(
        name: String, timeZone: TimeZoneRules, services: [Service], desks: [Desk],
        hours: OpeningHours = .always, priorityRatio: PriorityRatio = .default,
        languages: [LanguageCode] = ["fr"], defaultConsultationMinutes: Int = 15,
        lateCheckInGraceMinutes: Int = SiteConfiguration.defaultLateCheckInGraceMinutes
    ) {
        self.name = name
        self.timeZone = timeZone
        self.services = services
        self.desks = desks
        self.hours = hours
        self.priorityRatio = priorityRatio
        self.languages = languages
        self.defaultConsultationMinutes = defaultConsultationMinutes
        self.lateCheckInGraceMinutes = lateCheckInGraceMinutes
    }

    public func service(_ id: ServiceID) -> Service? { services.first { $0.id == id } }
    public func desk(_ id: DeskID) -> Desk? { desks.first { $0.id == id } }
    public var defaultLanguage: LanguageCode { languages.first ?? "fr" }

    /// Problems that make this configuration unusable; empty when it is valid.
    public func problems() -> [String] {
        var problems: [String] = []
        if name.trimmingSpaces().isEmpty { problems.append("the site needs a name") }
        if services.isEmpty { problems.append("at least one service is needed") }
        var seenServices = Set<ServiceID>()
        var seenPrefixes = [Character: ServiceID]()
        for service in services {
            if !Identifier.isValid(service.id.rawValue) {
                problems.append("service name '\(service.id)' must be lowercase letters, digits, '-' or '_'")
            }
            if !seenServices.insert(service.id).inserted { problems.append("service '\(service.id)' is defined twice") }
            if !(service.prefix.isASCII && service.prefix.isUppercase) {
                problems.append("service '\(service.id)': prefix must be one uppercase letter A-Z")
            } else if let other = seenPrefixes[service.prefix] {
                problems.append("services '\(other)' and '\(service.id)' both use prefix \(service.prefix)")
            }
            seenPrefixes[service.prefix] = service.id
            if let cap = service.dailyCap, cap < 1 {
                problems.append("service '\(service.id)': daily cap must be at least 1")
            }
        }
        var seenDesks = Set<DeskID>()
        for desk in desks {
            if !Identifier.isValid(desk.id.rawValue) {
                problems.append("desk name '\(desk.id)' must be lowercase letters, digits, '-' or '_'")
            }
            if !seenDesks.insert(desk.id).inserted { problems.append("desk '\(desk.id)' is defined twice") }
            for id in desk.services.sorted() where !seenServices.contains(id) {
                problems.append("desk '\(desk.id)' serves unknown service '\(id)'")
            }
        }
        if languages.isEmpty { problems.append("at least one kiosk language is needed") }
        if Set(languages).count != languages.count { problems.append("a kiosk language is listed twice") }
        if !(1...480).contains(defaultConsultationMinutes) {
            problems.append("default consultation length must be 1 to 480 minutes")
        }
        if !(0...240).contains(lateCheckInGraceMinutes) {
            problems.append("the late check-in grace must be 0 to 240 minutes")
        }
        return problems
    }
}
