import QueueCore

/// What other threads read of the writer without waiting for it: the committed position, the
/// counters and the health. The writer thread updates it after every batch. It holds no copy of
/// the state: one shared with other threads would make the writer's next change copy every
/// ticket (copy-on-write). Whoever needs the state reads it on the writer thread (`.read`).
struct WriterView: Sendable {
    var configuration: SiteConfiguration
    /// The site-local day and the last event of the committed state.
    var day: LocalDate?
    var lastSeq: UInt64
    var statistics = WriterStatistics()
    /// Why the last commit failed, until one succeeds.
    var problem: String?
    /// Set while a batch is being committed, for the watchdog to notice a stuck disk.
    var commitStartedAt: ContinuousClock.Instant?
    /// The state when the writer closed, for the reads that come after.
    var closedState: QueueState?

    var isClosed: Bool { closedState != nil }

    init(state: QueueState) {
        configuration = state.configuration
        day = state.day
        lastSeq = state.lastSeq
    }

    mutating func update(from state: QueueState) {
        configuration = state.configuration
        day = state.day
        lastSeq = state.lastSeq
    }
}
