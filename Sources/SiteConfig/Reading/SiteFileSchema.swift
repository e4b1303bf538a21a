/// The sections of a site file and the keys each accepts: the one list the readers, the
/// unknown-key checks and their "did you mean" hints share.
enum SiteFileSchema {
    static let siteKeys = ["name", "time_zone", "languages", "priority_ratio", "consultation_minutes", "late_check_in_minutes"]
    static let hoursKeys = weekdayNames + ["closed_dates"]
    static let serviceKeys = ["id", "prefix", "labels", "daily_cap", "hours"]
    static let deskKeys = ["id", "label", "services"]
    static let serverKeys = ["listen", "database", "tokens_file", "retention_days"]
    static let limitsKeys = ServerLimits.fields.map(\.key)
    static let priorityKeys = ["priority", "walk_in"]

    /// Top-level sections; `service` and `desk` are `[[…]]` lists.
    static let sections = ["site", "hours", "service", "desk", "server", "limits"]
    static let listSections: Set<String> = ["service", "desk"]

    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Where a key belongs when it shows up in the wrong place: `time_zone` → `[site]`; nil
    /// for keys of several sections (`id`).
    static func section(of key: String) -> String? {
        let owners: [(String, [String])] = [
            ("[site]", siteKeys), ("[hours]", hoursKeys), ("[[service]]", serviceKeys), ("[[desk]]", deskKeys),
            ("[server]", serverKeys), ("[limits]", limitsKeys),
        ]
        let matches = owners.filter { $0.1.contains(key) }
        return matches.count == 1 ? matches[0].0 : nil
    }
}
