import QueueCore

/// A loaded site configuration file: the site's queue rules, the server's own settings, and
/// what to tell the admin about it.
public struct SiteFile: Sendable, Hashable {
    public var site: SiteConfiguration
    public var server: ServerSettings
    /// The path or name it was read from (`built-in default` for the default site).
    public var source: String
    /// Things worth a log line that do not stop the file from loading: a label missing in a
    /// kiosk language, a service no desk serves, the default site falling back to UTC…
    public var warnings: [ConfigProblem]

    public init(site: SiteConfiguration, server: ServerSettings, source: String, warnings: [ConfigProblem] = []) {
        self.site = site
        self.server = server
        self.source = source
        self.warnings = warnings
    }
}
