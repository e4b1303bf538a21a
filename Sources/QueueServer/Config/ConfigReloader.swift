import Logging
import QueueCore
import SiteConfig
import Synchronization

/// Re-reads the site configuration file on SIGHUP or ReloadConfig and hands the new site to the
/// backend, unless the file has problems or the change would strand people who wait
/// (`SiteConfigLoader.reloadProblems`): then the running configuration stays, and the problems
/// are logged and returned with their line numbers. Connections are never dropped. The
/// `[server]` and `[limits]` settings are read at start only: a reload that changes them says
/// so in the log (they wait for a restart).
public final class ConfigReloader: Sendable {
    /// The file; nil when the server runs the built-in default site (nothing to re-read).
    public let path: String?
    private let backend: any QueueBackend
    private let logger: Logger
    private let site: Mutex<SiteConfiguration>
    /// The server settings in force since start.
    private let server: ServerSettings?
    /// One reload at a time.
    private let reloading = Mutex(false)

    init(path: String?, site: SiteConfiguration, server: ServerSettings? = nil, backend: any QueueBackend, logger: Logger) {
        self.path = path
        self.site = Mutex(site)
        self.server = server
        self.backend = backend
        self.logger = logger
    }

    /// The site as configured now.
    public var current: SiteConfiguration { site.withLock { $0 } }

    /// Reloads; returns the site now in force, or throws the problems.
    @discardableResult
    public func reload(environment: [String: String] = SiteConfigLoader.processEnvironment()) async throws(ReloadRefused)
        -> SiteConfiguration
    {
        guard let path else {
            logger.notice("reload asked, but the server runs the built-in default site: nothing to re-read")
            return current
        }
        guard reloading.withLock({ busy in defer { busy = true }; return !busy }) else {
            throw ReloadRefused(problems: ["a reload is already in progress; try again in a moment"])
        }
        defer { reloading.withLock { $0 = false } }
        let file: SiteFile
        do throws(ConfigError) {
            file = try SiteConfigLoader.load(path: path, environment: environment)
        } catch {
            return try refuse(error.problems.map(\.description), path: path)
        }
        let status = await backend.status()
        let waiting = Dictionary(status.services.map { ($0.service, $0.waiting) }, uniquingKeysWith: +)
        let problems = SiteConfigLoader.reloadProblems(current: current, new: file.site, waiting: waiting)
        guard problems.isEmpty else { return try refuse(problems.map { "\(path): \($0)" }, path: path) }
        do throws(BackendFailure) {
            try await backend.reconfigure(file.site)
        } catch {
            return try refuse(["\(path): the backend refused the new configuration: \(error)"], path: path)
        }
        site.withLock { $0 = file.site }
        for warning in file.warnings { logger.warning("\(warning)") }
        if let changed = server?.changesNeedingRestart(file.server), !changed.isEmpty {
            logger.warning(
                "changed settings take effect at the next restart (systemctl restart queue-server); until then the old ones stay",
                metadata: ["file": "\(path)", "settings": "\(changed.joined(separator: ", "))"])
        }
        logger.notice(
            "configuration reloaded", metadata: ["file": "\(path)", "services": "\(file.site.services.count)", "desks": "\(file.site.desks.count)"])
        return file.site
    }

    private func refuse(_ problems: [String], path: String) throws(ReloadRefused) -> SiteConfiguration {
        logger.error(
            "configuration not reloaded; the running configuration stays:\n\(problems.joined(separator: "\n"))",
            metadata: ["file": "\(path)"])
        throw ReloadRefused(problems: problems)
    }
}

/// Why a reload did not happen: one problem a line, with line numbers where the file has them.
public struct ReloadRefused: Error, Hashable, Sendable, CustomStringConvertible {
    public let problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
