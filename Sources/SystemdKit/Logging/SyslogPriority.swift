import Logging

/// The syslog priority of a log level, as the journal stores it (`PRIORITY=`) and as a `<N>`
/// prefix on stderr: 7 debug … 2 critical.
public enum SyslogPriority: Int32, Sendable, Comparable {
    case emergency = 0, alert, critical, error, warning, notice, info, debug

    public init(_ level: Logger.Level) {
        switch level {
        case .trace, .debug: self = .debug
        case .info: self = .info
        case .notice: self = .notice
        case .warning: self = .warning
        case .error: self = .error
        case .critical: self = .critical
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
