import Glibc
import Logging

/// Sets up swift-log for a daemon: journal under systemd, `<N>`-prefixed stderr elsewhere.
public enum SystemdLogging {
    /// Installs `SystemdLogHandler` as the process's log handler. Call once, at start.
    /// - Parameters:
    ///   - identifier: the `SYSLOG_IDENTIFIER` (the program name, `queue-server`).
    ///   - level: the least severe level that is logged (`--log-level`).
    ///   - target: `--log-target`; `auto` picks the journal when running under systemd.
    ///   - metadataProvider: metadata added to every record (a request id, say).
    public static func bootstrap(
        identifier: String,
        level: Logger.Level,
        target: LogTarget = .auto,
        metadataProvider: Logger.MetadataProvider? = nil
    ) {
        let destination = destination(for: target, identifier: identifier)
        LoggingSystem.bootstrap(
            { label, provider in
                SystemdLogHandler(label: label, destination: destination, logLevel: level, metadataProvider: provider)
            },
            metadataProvider: metadataProvider
        )
    }

    /// The destination `target` resolves to in this process.
    public static func destination(for target: LogTarget, identifier: String) -> SystemdLogHandler.Destination {
        destination(
            for: target,
            identifier: identifier,
            underSystemd: LogTarget.runsUnderSystemd(
                environment: { getenv($0).map { String(cString: $0) } },
                stderrIdentity: LogTarget.stderrIdentity()
            ),
            journalReachable: JournalEntry.journalIsReachable
        )
    }

    /// The journal when asked for (or, for `auto`, when under systemd) and journald's socket
    /// exists; else stderr. libsystemd drops entries silently when journald is absent, so without
    /// its socket they would be lost.
    static func destination(
        for target: LogTarget,
        identifier: String,
        underSystemd: Bool,
        journalReachable: Bool
    ) -> SystemdLogHandler.Destination {
        let wantsJournal = target == .journal || (target == .auto && underSystemd)
        return wantsJournal && journalReachable ? .journal(identifier: identifier) : .stderr
    }

    /// Reads a `--log-level` value: `trace`, `debug`, `info`, `notice`, `warning`, `error` or
    /// `critical`, in any case.
    public static func parseLevel(_ text: String) throws(LogLevelError) -> Logger.Level {
        guard let level = Logger.Level(rawValue: text.lowercased()) else { throw LogLevelError(text: text) }
        return level
    }
}
