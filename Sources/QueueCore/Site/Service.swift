/// A consultation type patients queue for (medical, social, psychological, nursing…).
public struct Service: Hashable, Sendable, Identifiable {
    public let id: ServiceID
    /// One uppercase letter printed before ticket numbers: `M` gives `M-001`.
    public var prefix: Character
    /// What the kiosk and board show, per language; falls back to `id`.
    public var labels: [LanguageCode: String]
    /// Most tickets issued for this service in one day, or nil for no cap.
    public var dailyCap: Int?
    /// Opening windows of this service when narrower than the site's (a psychologist on Tuesdays).
    public var hours: WeeklyHours?

    public init(
        id: ServiceID, prefix: Character, labels: [LanguageCode: String] = [:], dailyCap: Int? = nil,
        hours: WeeklyHours? = nil
    ) {
        self.id = id
        self.prefix = prefix
        self.labels = labels
        self.dailyCap = dailyCap
        self.hours = hours
    }

    /// The label in `language`, else in `fallback`, else the id.
    public func label(in language: LanguageCode, fallback: LanguageCode? = nil) -> String {
        labels[language] ?? fallback.flatMap { labels[$0] } ?? id.rawValue
    }
}
