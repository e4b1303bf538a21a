/// Why the tokens file cannot be used. The server refuses to start rather than run with fewer
/// tokens, or with secrets others can read.
public enum TokenFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The configured file does not exist.
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case notARegularFile(path: String)
    /// Group or others have some access (`mode` is the permission bits).
    case accessibleToOthers(path: String, mode: UInt32)
    /// Lines that do not parse; all of them, so one edit fixes the file.
    case invalidLines(path: String?, [TokenFileLineError])

    public var description: String {
        switch self {
        case .missing(let path):
            return "tokens file \(path) does not exist"
        case .unreadable(let path, let reason):
            return "tokens file \(path) cannot be read: \(reason)"
        case .notARegularFile(let path):
            return "tokens file \(path) is not a regular file"
        case .accessibleToOthers(let path, let mode):
            let octal = String(mode, radix: 8)
            return "tokens file \(path) holds secrets but is open to its group or others (mode \(octal)); "
                + "run 'chmod 600 \(path)'"
        case .invalidLines(let path, let errors):
            let lines = errors.map { "  \($0)" }.joined(separator: "\n")
            return "tokens file\(path.map { " \($0)" } ?? "") has errors:\n\(lines)"
        }
    }
}
