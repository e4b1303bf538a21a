/// Gathers the problems and warnings of one reading of a file. Lives for one `parse` call,
/// shared by the readers of each section.
final class ProblemCollector {
    let source: String
    private(set) var problems: [ConfigProblem] = []
    private(set) var warnings: [ConfigProblem] = []

    init(source: String) { self.source = source }

    func add(_ message: String, at position: SourcePosition?, showColumn: Bool = false) {
        problems.append(problem(message, at: position, showColumn: showColumn, warning: false))
    }

    func warn(_ message: String, at position: SourcePosition?) {
        warnings.append(problem(message, at: position, showColumn: false, warning: true))
    }

    var hasProblems: Bool { !problems.isEmpty }

    /// Problems in file order, each once.
    var sortedProblems: [ConfigProblem] { Self.ordered(problems) }
    var sortedWarnings: [ConfigProblem] { Self.ordered(warnings) }

    private static func ordered(_ list: [ConfigProblem]) -> [ConfigProblem] {
        var seen = Set<ConfigProblem>()
        let unique = list.filter { seen.insert($0).inserted }
        // Stable: enumerated index breaks ties so problems on one line keep the order found.
        return unique.enumerated().sorted { a, b in
            ConfigProblem.fileOrder(a.element, b.element)
                || (!ConfigProblem.fileOrder(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
    }

    private func problem(_ message: String, at position: SourcePosition?, showColumn: Bool, warning: Bool) -> ConfigProblem {
        ConfigProblem(
            source: source, line: position?.line, column: showColumn ? position?.column : nil, message: message,
            isWarning: warning)
    }
}
