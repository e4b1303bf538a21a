import ArgumentParser

/// How results are printed: a table (default) or JSON on stdout; progress goes to stderr.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print machine-readable JSON instead of the table.")
    var json = false

    @Flag(help: "No progress lines on stderr.")
    var quiet = false

    func emit(_ rows: [BenchRow]) {
        let targets = Targets.check(rows)
        print(json ? JSONReport.render(rows, targets: targets) : ResultTable.render(rows, targets: targets))
    }

    /// A session for `server`, reporting progress unless `--quiet`.
    func session(_ server: ServerOptions) -> BenchSession {
        ResourceLimits.raiseOpenFiles()
        let quiet = quiet
        return BenchSession(options: server) { line in
            if !quiet { StandardError.write("queue-bench: \(line)\n") }
        }
    }
}

/// Progress and errors, kept off stdout.
enum StandardError {
    static func write(_ text: String) {
        var stream = StandardErrorStream()
        stream.write(text)
    }
}
