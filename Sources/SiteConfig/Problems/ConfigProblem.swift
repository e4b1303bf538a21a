/// One thing wrong in a site configuration file, where it is, in words a volunteer understands:
/// `site.toml:14: service 'medical': prefix must be one uppercase letter A-Z`.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file's name or path as given to the loader.
    public var source: String
    /// From 1; nil when the problem is about the file as a whole (missing, unreadable, no service).
    public var line: Int?
    /// From 1, in characters; given for syntax errors and list items.
    public var column: Int?
    public var message: String
    /// A warning does not stop the file from loading (a label missing in one language…).
    public var isWarning: Bool

    public init(source: String, line: Int?, column: Int? = nil, message: String, isWarning: Bool = false) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
        self.isWarning = isWarning
    }

    /// `source:line:column: message`, as compilers print it (editors jump to the line).
    public var description: String {
        var place = source
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(isWarning ? "warning: " : "")\(message)"
    }

    /// File order: by line; problems without a line last. (Within a line, callers keep the
    /// order problems were found in, which follows the text.)
    static func fileOrder(_ a: ConfigProblem, _ b: ConfigProblem) -> Bool {
        switch (a.line, b.line) {
        case (let x?, let y?): return x < y
        case (.some, nil): return true
        default: return false
        }
    }
}
