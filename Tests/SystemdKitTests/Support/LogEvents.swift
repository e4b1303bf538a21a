import Logging

@testable import SystemdKit

extension LogRecord {
    /// A record as a handler with `handlerMetadata` would make of a statement at `level`.
    static func make(
        _ message: Logger.Message,
        level: Logger.Level = .info,
        metadata: Logger.Metadata? = nil,
        handlerMetadata: Logger.Metadata = [:],
        provider: Logger.MetadataProvider? = nil,
        error: (any Error)? = nil
    ) -> LogRecord {
        let event = LogEvent(
            level: level, message: message, error: error, metadata: metadata, source: nil,
            file: "QueueServer/Writer.swift", function: "commit()", line: 42
        )
        return LogRecord(event: event, label: "queue.writer", handlerMetadata: handlerMetadata, provider: provider)
    }
}
