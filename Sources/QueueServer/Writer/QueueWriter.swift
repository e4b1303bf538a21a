import Logging
import QueueCore
import QueueMessages
import Synchronization

/// The daemon's single writer: the one `QueueBackend` that owns the queue state and the store.
///
/// One dedicated thread takes every pending command at once, decides them in order on the
/// in-memory state, appends all their events in one SQLite transaction (group commit), and only
/// after COMMIT answers the callers and publishes the events to subscribers. A failed commit
/// reads the state back from the store and fails the whole batch: nothing is acknowledged that
/// is not on disk.
///
/// ```swift
/// let writer = try QueueWriter.open(databasePath: path, configuration: site, retentionDays: 400, logger: logger)
/// let outcome = try await writer.submit(.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil))
/// await writer.shutdown()
/// ```
public final class QueueWriter: QueueBackend {
    /// Tuning, mostly for tests.
    struct Options: Sendable {
        /// Recent events kept in memory for subscribers that resume.
        var ringCapacity = 10_000
        /// Events between snapshots (at least; half the tickets of a day with more than twice this).
        var snapshotInterval = 1000
        /// nil: the midnight timer waits on a wall-clock alarm (`WallClockAlarm`), which also
        /// ends when the clock is set (a box without a hardware clock, corrected by NTP), so an
        /// idle server does not wake up before midnight. Set: it looks at `clock` this often
        /// instead (tests with a clock of their own).
        var midnightCheck: Duration?
        /// A commit running longer than this makes `health()` unhealthy.
        var stuckCommit: Duration = .seconds(30)
    }

    let core: WriterCore
    private let thread: WriterThread
    let reader: ReaderThread
    let clock: @Sendable () -> Timestamp
    public let statusAtOpen: QueueStatus
    let databasePath: String
    let options: Options
    let logger: Logger
    private let midnightTimer = Mutex<Task<Void, Never>?>(nil)

    init(
        store: any WriterStore, state: QueueState, databasePath: String, retentionDays: Int?,
        clock: @escaping @Sendable () -> Timestamp, logger: Logger, options: Options = Options()
    ) {
        let hub = EventHub(ringCapacity: options.ringCapacity, lastSeq: state.lastSeq)
        let core = WriterCore(
            state: state, store: store, hub: hub, clock: clock, retentionDays: retentionDays,
            snapshotInterval: options.snapshotInterval, logger: logger)
        self.core = core
        let thread = WriterThread(perform: core.perform)
        // The once-a-day retention, for today, as the writer's first job rather than before
        // READY: a start after weeks without it (39 days to fold into figures: 180 ms) would
        // hold READY back; the first commands wait for it instead, as at a rollover.
        thread.enqueue(.applyRetention)
        self.thread = thread
        self.reader = ReaderThread(path: databasePath, timeZone: state.configuration.timeZone)
        self.clock = clock
        self.statusAtOpen = QueueStatus(state, at: clock())
        self.databasePath = databasePath
        self.options = options
        self.logger = logger
        midnightTimer.withLock { $0 = startMidnightTimer() }
    }

    /// Counters for benchmarks and the `STATUS=` line.
    public var statistics: WriterStatistics { core.view.withLock { $0.statistics } }

    public func submit(_ command: QueueCommand) async throws(BackendFailure) -> CommandOutcome {
        guard let result = await onWriterThread({ .command(command, reply: $0) }) else { throw .shuttingDown }
        return try result.get()
    }

    public func submit(
        _ command: QueueCommand, reply: @escaping @Sendable (Result<CommandOutcome, BackendFailure>) -> Void
    ) {
        if !thread.enqueue(.command(command, reply: reply)) { reply(.failure(.shuttingDown)) }
    }

    public func configuration() async -> SiteConfiguration {
        core.view.withLock { $0.configuration }
    }

    public func status() async -> QueueStatus {
        let clock = clock
        return await reading { QueueStatus($0, at: clock()) }
    }

    public func waiting(services: [ServiceID]) async -> WaitingList {
        let clock = clock
        return await reading { state in
            let chosen = services.isEmpty ? state.configuration.services.map(\.id) : services
            return WaitingList(state, services: chosen, at: clock())
        }
    }

    public func reconfigure(_ configuration: SiteConfiguration) async throws(BackendFailure) {
        guard await onWriterThread({ done in .reconfigure(configuration, done: { done(()) }) }) != nil else {
            throw .shuttingDown
        }
    }

    public func health() async -> BackendHealth {
        let view = core.view.withLock { $0 }
        let lastSeq = view.lastSeq
        if view.isClosed {
            return BackendHealth(isHealthy: false, lastSeq: lastSeq, problem: "the writer has shut down")
        }
        if let started = view.commitStartedAt, ContinuousClock.now - started > options.stuckCommit {
            let seconds = (ContinuousClock.now - started).components.seconds
            return BackendHealth(isHealthy: false, lastSeq: lastSeq, problem: "a commit has been running for \(seconds) s")
        }
        return BackendHealth(isHealthy: view.problem == nil, lastSeq: lastSeq, problem: view.problem)
    }

    /// Drains the pending batch, writes a snapshot, closes the store and ends every subscription
    /// with `.shuttingDown`. Later calls are refused with `.shuttingDown`.
    public func shutdown() async {
        midnightTimer.withLock { $0?.cancel() }
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            if !thread.enqueue(.shutdown(done: { done.resume() }), closing: true) { done.resume() }
        }
        await thread.stop()
        await reader.stop()
    }

    /// Jobs waiting for the writer thread, for tests.
    var pendingJobs: Int { thread.pendingCount }

    /// The state as of the last commit, for tests.
    var committedState: QueueState {
        get async { await reading { $0 } }
    }

    /// `body` of the committed state, computed on the writer thread between batches (or of the
    /// final state once the writer has closed).
    func reading<T: Sendable>(_ body: @escaping @Sendable (QueueState) -> T) async -> T {
        if let result = await onWriterThread({ done in .read { done(body($0)) } }) { return result }
        // Refused: the shutdown job is queued, and leaves the final state when it has run.
        while true {
            if let final = core.view.withLock({ $0.closedState }) { return body(final) }
            try? await Task.sleep(for: .milliseconds(1))
        }
    }

    /// Queues the job `make` builds around a completion and waits for it; nil once shut down.
    func onWriterThread<T: Sendable>(_ make: (@escaping @Sendable (T) -> Void) -> WriterJob) async -> T? {
        await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
            let job = make { continuation.resume(returning: $0) }
            if !thread.enqueue(job) { continuation.resume(returning: nil) }
        }
    }
}
