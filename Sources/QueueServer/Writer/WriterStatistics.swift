/// Counters of the single writer, for benchmarks, tests and the `STATUS=` line.
///
/// `transactions < commands` is group commit at work: several submissions shared one COMMIT.
public struct WriterStatistics: Hashable, Sendable {
    /// Batches of commands taken from the queue together and answered after one commit.
    public var batches = 0
    /// Store transactions that committed events (a batch whose commands were all refused or
    /// changed nothing writes none).
    public var transactions = 0
    /// Commands decided (accepted or refused), including those of failed commits.
    public var commands = 0
    /// Events committed.
    public var events = 0
    /// Commits that failed (the batch was rolled back and its callers told).
    public var failedCommits = 0
    /// Snapshots written.
    public var snapshots = 0
    /// How long the last commit (the store's `append`) took.
    public var lastCommitDuration: Duration = .zero
    /// The largest batch so far, in commands.
    public var largestBatch = 0

    public init() {}
}
