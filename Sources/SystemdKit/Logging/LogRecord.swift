import Logging

/// One log statement, with its metadata merged and flattened, as both destinations write it.
struct LogRecord: Sendable {
    var priority: SyslogPriority
    var message: String
    /// Metadata, sorted by key: handler metadata, then the provider's, then the statement's (the
    /// later wins), then the error if the statement carried one.
    var metadata: [(key: String, value: String)]
    var label: String
    var file: String
    var function: String
    var line: UInt

    init(event: LogEvent, label: String, handlerMetadata: Logger.Metadata, provider: Logger.MetadataProvider?) {
        var merged = handlerMetadata
        if let provided = provider?.get() { merged.merge(provided) { $1 } }
        if let own = event.metadata { merged.merge(own) { $1 } }
        if let error = event.error, merged["error"] == nil { merged["error"] = "\(error)" }
        priority = SyslogPriority(event.level)
        message = event.message.description
        metadata = merged.map { (key: $0.key, value: $0.value.description) }.sorted { $0.key < $1.key }
        self.label = label
        file = event.file
        function = event.function
        line = event.line
    }

    /// The message followed by ` key=value` pairs; a value is quoted, with `\\`, `\"`, `\n`, `\r`
    /// and `\t` escaped, when it is empty or holds spaces, quotes, `=` or control characters.
    var text: String {
        metadata.reduce(into: message) { text, pair in
            text += " \(pair.key)=\(Self.quotedIfNeeded(pair.value))"
        }
    }

    static func quotedIfNeeded(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.unicodeScalars.contains { $0 == " " || $0 == "\"" || $0 == "=" || $0.properties.generalCategory == .control }
        guard needsQuotes else { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\", "\"": quoted += "\\\(scalar)"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case _ where scalar.properties.generalCategory == .control: quoted += " "
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
