import QueueCore

extension WireSiteInfo {
    /// The site as clients see it; the UTC offset reported is the one in force at `now`.
    public init(_ configuration: SiteConfiguration, at now: Timestamp) {
        self.init()
        name = configuration.name
        timeZone = configuration.timeZone.identifier
        utcOffsetSeconds = configuration.timeZone.utcOffset(at: now)
        languages = configuration.languages.map(\.rawValue)
        services = configuration.services.map(WireService.init)
        desks = configuration.desks.map(WireDesk.init)
        hours = WireWeeklyHours(configuration.hours.weekly)
        closedDates = configuration.hours.closedDates.sorted().map(\.description)
        priorityRatio = .with {
            $0.priority = UInt32(count: configuration.priorityRatio.priority)
            $0.walkIn = UInt32(count: configuration.priorityRatio.walkIn)
        }
        defaultConsultationMinutes = UInt32(count: configuration.defaultConsultationMinutes)
    }
}

extension SiteConfiguration {
    /// The site a server described. Time zone rules do not travel: the zone is fixed at the
    /// offset the server reported, right until the site's next clock change (ask again then).
    public init(_ message: WireSiteInfo) throws {
        let languages = try message.languages.map { try FieldParsing.language($0, "languages") }
        let services = try decodeEach("services", message.services, Service.init)
        let desks = try decodeEach("desks", message.desks, Desk.init)
        let closed = try message.closedDates.map { try FieldParsing.date($0, "closed_dates") }
        guard
            let ratio = PriorityRatio(
                priority: Int(message.priorityRatio.priority), walkIn: Int(message.priorityRatio.walkIn))
        else {
            throw MessageError.malformed(
                field: "priority_ratio", value: "\(message.priorityRatio.priority):\(message.priorityRatio.walkIn)",
                expected: "two counts from 1 to 100")
        }
        self.init(
            name: message.name,
            timeZone: .fixed(offsetSeconds: message.utcOffsetSeconds, identifier: message.timeZone),
            services: services, desks: desks,
            hours: OpeningHours(weekly: try nested("hours") { try WeeklyHours(message.hours) }, closedDates: Set(closed)),
            priorityRatio: ratio, languages: languages,
            defaultConsultationMinutes: Int(message.defaultConsultationMinutes))
    }
}

extension WireService {
    public init(_ service: Service) {
        self.init()
        id = service.id.rawValue
        prefix = String(service.prefix)
        labels = service.labels.sorted { $0.key < $1.key }.map { language, text in
            .with {
                $0.language = language.rawValue
                $0.text = text
            }
        }
        if let cap = service.dailyCap { dailyCap = UInt32(count: cap) }
        if let hours = service.hours { self.hours = WireWeeklyHours(hours) }
    }
}

extension Service {
    public init(_ message: WireService) throws {
        guard message.prefix.count == 1, let prefix = message.prefix.first, prefix.isASCII, prefix.isUppercase else {
            throw MessageError.malformed(field: "prefix", value: message.prefix, expected: "one uppercase letter A-Z")
        }
        var labels: [LanguageCode: String] = [:]
        for label in message.labels {
            let language = try FieldParsing.language(label.language, "labels.language")
            guard labels.updateValue(label.text, forKey: language) == nil else {
                throw MessageError.malformed(field: "labels", value: language.rawValue, expected: "one label per language")
            }
        }
        self.init(
            id: try FieldParsing.service(message.id, "id"), prefix: prefix, labels: labels,
            dailyCap: message.hasDailyCap ? Int(message.dailyCap) : nil,
            hours: message.hasHours ? try nested("hours") { try WeeklyHours(message.hours) } : nil)
    }
}

extension WireDesk {
    public init(_ desk: Desk) {
        self.init()
        id = desk.id.rawValue
        label = desk.label
        services = desk.services.sorted().map(\.rawValue)
    }
}

extension Desk {
    public init(_ message: WireDesk) throws {
        self.init(
            id: try FieldParsing.desk(message.id, "id"), label: message.label,
            services: Set(try message.services.map { try FieldParsing.service($0, "services") }))
    }
}
