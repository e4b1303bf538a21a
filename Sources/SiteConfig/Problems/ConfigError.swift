/// Why a site configuration cannot be used: every problem found, in file order, so that one
/// round of edits fixes the file.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [ConfigProblem]

    public init(problems: [ConfigProblem]) { self.problems = problems }

    /// One problem a line (what `check-config` prints and `ReloadConfig` returns).
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
