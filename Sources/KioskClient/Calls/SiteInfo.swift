import QueueCore
import WireProtocol

/// The site as the server described it: the configuration (in a zone fixed at the offset the
/// server reported) and that offset, so dates are shown in the site's time, not the terminal's.
public struct SiteInfo: Hashable, Sendable {
    public var configuration: SiteConfiguration
    public var utcOffsetSeconds: Int32

    public init(configuration: SiteConfiguration, utcOffsetSeconds: Int32) {
        self.configuration = configuration
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    init(_ message: WireSiteInfo) throws {
        self.init(
            configuration: try decoded("GetSiteInfo") { try SiteConfiguration(message) },
            utcOffsetSeconds: message.utcOffsetSeconds)
    }

    public var name: String { configuration.name }
    public var services: [Service] { configuration.services }
    public var desks: [Desk] { configuration.desks }
    public var languages: [LanguageCode] { configuration.languages }
    public var timeZone: TimeZoneRules { configuration.timeZone }

    /// The site's wall-clock time at `instant`.
    public func localTime(at instant: Timestamp) -> LocalDateTime {
        configuration.timeZone.localDateTime(at: instant)
    }

    /// The service whose id is `text`, or whose label in any language is `text` (any case).
    public func service(named text: String) -> Service? {
        let lower = text.lowercased()
        return services.first { $0.id.rawValue == lower }
            ?? services.first { $0.labels.values.contains { $0.lowercased() == lower } }
    }

    /// What a desk shows and the board says: its label, else its id.
    public func deskLabel(_ id: DeskID) -> String {
        guard let desk = configuration.desk(id), !desk.label.isEmpty else { return id.rawValue }
        return desk.label
    }
}
