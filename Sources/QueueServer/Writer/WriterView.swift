import QueueCore

/// What other threads read of the writer: the state as of the last commit, the counters and the
/// health. The writer thread replaces it after every batch.
struct WriterView: Sendable {
    var state: QueueState
    var statistics = WriterStatistics()
    /// Why the last commit failed, until one succeeds.
    var problem: String?
    /// Set while a batch is being committed, for the watchdog to notice a stuck disk.
    var commitStartedAt: ContinuousClock.Instant?
    var isClosed = false
}
