import Logging

/// A `--log-level` value that names no level.
public struct LogLevelError: Error, Equatable, CustomStringConvertible {
    public let text: String

    public var description: String {
        let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
        return "unknown log level '\(text)'; use one of \(names)"
    }
}
