import Glibc

/// A log record as stderr gets it: `<N>message key=value`, the `<N>` prefix being the syslog
/// priority, which journald reads from a service's stderr (`SyslogLevelPrefix=`, on by default)
/// and which stays readable in a terminal. Every line of a multi-line message gets the prefix.
enum StderrLine {
    static func format(_ record: LogRecord) -> String {
        let prefix = "<\(record.priority.rawValue)>"
        return record.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { prefix + $0 }
            .joined(separator: "\n") + "\n"
    }

    /// Writes `line` to stderr in one `write` where the kernel allows, so lines of concurrent
    /// loggers do not interleave.
    static func write(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
