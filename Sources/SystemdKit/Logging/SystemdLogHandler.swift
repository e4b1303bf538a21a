import Logging

/// A swift-log handler for a daemon under systemd: writes to the journal with the syslog
/// priority of each level and the metadata as structured fields, or to stderr as
/// `<N>message key=value` lines. If the journal cannot be reached a record goes to stderr
/// rather than being lost.
///
/// Usually installed by `SystemdLogging.bootstrap(identifier:level:target:)`.
public struct SystemdLogHandler: LogHandler {
    /// Where the records go.
    public enum Destination: Sendable, Equatable {
        /// journald's native protocol, tagged with this `SYSLOG_IDENTIFIER`.
        case journal(identifier: String)
        /// stderr, each line prefixed with `<N>`.
        case stderr
    }

    public let label: String
    public let destination: Destination
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    public init(label: String, destination: Destination, logLevel: Logger.Level = .info, metadataProvider: Logger.MetadataProvider? = nil) {
        self.label = label
        self.destination = destination
        self.logLevel = logLevel
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let record = LogRecord(event: event, label: label, handlerMetadata: metadata, provider: metadataProvider)
        if case .journal(let identifier) = destination, JournalEntry(record, identifier: identifier).send() {
            return
        }
        StderrLine.write(StderrLine.format(record))
    }
}
