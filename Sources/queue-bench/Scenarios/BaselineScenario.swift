/// The SQLite baseline as a row: commits per second of one-row WAL+FULL transactions, in a
/// fresh temp directory beside where the servers keep their databases (same disk).
struct BaselineScenario {
    var duration: Duration = .seconds(3)

    func run(_ session: BenchSession) throws -> BenchRow {
        let directory = try SystemFiles.makeTemporaryDirectory(prefix: "queue-bench-baseline")
        defer { SystemFiles.removeTree(directory) }
        session.progress("baseline: SQLite one-row transactions, WAL + synchronous=FULL, for \(duration)")
        let outcome = try SQLiteBaseline.run(directory: directory, duration: duration)
        var row = BenchRow(scenario: "baseline", variant: "sqlite wal+full", outcome: outcome)
        row.ratioToBaseline = 1
        return row
    }
}
