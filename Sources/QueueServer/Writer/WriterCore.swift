import Logging
import QueueCore
import QueueStore
import Synchronization

/// The writer thread's own objects: the in-memory state and the store. Only the writer thread
/// touches them (hence `@unchecked Sendable`); everyone else reads `view`.
///
/// A batch of commands is decided in order on the state, its events are appended in one store
/// transaction, and only after COMMIT are the callers answered and the events published. When
/// the commit fails, the state is read back from the store, which holds exactly what was
/// committed. (Keeping a copy from before the batch instead would make every batch copy every
/// ticket: the state's tables are copy-on-write.)
final class WriterCore: @unchecked Sendable {
    typealias Reply = @Sendable (Result<CommandOutcome, BackendFailure>) -> Void

    private var state: QueueState
    private let store: any WriterStore
    let hub: EventHub
    let view: Mutex<WriterView>
    private let clock: @Sendable () -> Timestamp
    private let retentionDays: Int?
    private let snapshotInterval: Int
    private let logger: Logger
    private var eventsSinceSnapshot = 0
    private var prunedOn: LocalDate?
    /// Set when a commit failed and the state could not be read back yet: no command runs on
    /// it until it is.
    private var needsReload = false

    init(
        state: QueueState, store: any WriterStore, hub: EventHub, clock: @escaping @Sendable () -> Timestamp,
        retentionDays: Int?, snapshotInterval: Int, logger: Logger
    ) {
        self.state = state
        self.store = store
        self.hub = hub
        self.view = Mutex(WriterView(state: state))
        self.clock = clock
        self.retentionDays = retentionDays
        self.snapshotInterval = snapshotInterval
        self.logger = logger
    }

    /// Runs one batch taken from the queue. Commands between other jobs commit together.
    func perform(_ jobs: [WriterJob]) {
        var group: [(QueueCommand, Reply)] = []
        for job in jobs {
            if case .command(let command, let reply) = job {
                group.append((command, reply))
                continue
            }
            commit(group)
            group.removeAll()
            switch job {
            case .command: break
            case .reconfigure(let configuration, let done):
                state.reconfigure(configuration)
                view.withLock { $0.update(from: state) }
                logger.info("site configuration replaced", metadata: ["site": "\(configuration.name)"])
                done()
            case .read(let body):
                body(state)
            case .register(let id, let subscriber, let after, let done):
                done(hub.register(id, subscriber, after: after))
            case .applyRetention:
                pruneIfDue()
            case .shutdown(let done):
                close()
                done()
            }
        }
        commit(group)
    }

    private func commit(_ group: [(QueueCommand, Reply)]) {
        guard !group.isEmpty else { return }
        if needsReload, !reload() {
            fail(group, events: 0, error: view.withLock { $0.problem } ?? "the queue could not be read back")
            return
        }
        var results: [Result<CommandOutcome, BackendFailure>] = []
        var events: [QueueEvent] = []
        for (command, _) in group {
            do {
                let (reply, produced) = try state.execute(command, at: clock())
                events += produced
                results.append(.success(CommandOutcome(reply: reply, events: produced)))
            } catch {
                results.append(.failure(.rejected(error)))
            }
        }
        var duration: Duration?
        if !events.isEmpty {
            let started = ContinuousClock.now
            view.withLock { $0.commitStartedAt = started }
            do {
                try store.append(events)
                duration = .now - started
            } catch {
                fail(group, events: events.count, error: "\(error)")
                needsReload = true
                _ = reload()
                return
            }
        }
        view.withLock { view in
            view.update(from: state)
            view.commitStartedAt = nil
            view.statistics.count(batch: group.count, events: events.count)
            if let duration {
                view.problem = nil
                view.statistics.transactions += 1
                view.statistics.lastCommitDuration = duration
            }
        }
        for (index, (_, reply)) in group.enumerated() { reply(results[index]) }
        hub.publish(events)
        eventsSinceSnapshot += events.count
        let newDay = events.contains { if case .dayStarted = $0.kind { true } else { false } }
        // A snapshot costs O(tickets of the day): taking one only every half that many events
        // keeps the writer's cost per event flat on a huge day, and the replay at start no
        // longer than reading the snapshot.
        if newDay || eventsSinceSnapshot >= max(snapshotInterval, state.tickets.count / 2) { writeSnapshot() }
        if newDay { pruneIfDue() }
    }

    private func fail(_ group: [(QueueCommand, Reply)], events: Int, error message: String) {
        logger.error(
            "commit failed: the batch was rolled back and its callers told",
            metadata: ["commands": "\(group.count)", "events": "\(events)", "error": "\(message)"])
        view.withLock { view in
            view.commitStartedAt = nil
            view.problem = "the last commit failed: \(message)"
            view.statistics.count(batch: group.count, events: 0)
            view.statistics.failedCommits += 1
        }
        for (_, reply) in group { reply(.failure(.storageFailed(message))) }
    }

    /// Reads the committed state back after a failed commit; false (and the problem kept in
    /// the view) while the store cannot be read.
    private func reload() -> Bool {
        do {
            state = try store.loadState(configuration: state.configuration)
            needsReload = false
            view.withLock { $0.update(from: state) }
            return true
        } catch {
            logger.error("cannot read the queue back after a failed commit", metadata: ["error": "\(error)"])
            view.withLock { $0.problem = "the queue cannot be read back from the store: \(error)" }
            return false
        }
    }

    private func writeSnapshot() {
        do {
            try store.writeSnapshot(state)
            eventsSinceSnapshot = 0
            view.withLock { $0.statistics.snapshots += 1 }
        } catch {
            // The events are committed; the next start replays a little more.
            logger.error("snapshot failed", metadata: ["seq": "\(state.lastSeq)", "error": "\(error)"])
        }
    }

    /// Prunes events older than the retention once per site-local day.
    func pruneIfDue() {
        guard let retentionDays else { return }
        let today = state.configuration.timeZone.localDate(at: clock())
        guard prunedOn != today else { return }
        prunedOn = today
        let cutoff = today.adding(days: -retentionDays)
        do {
            let summary = try store.prune(before: cutoff)
            logger.info("retention applied", metadata: ["before": "\(cutoff)", "pruned": "\(summary)"])
        } catch {
            logger.error("retention failed", metadata: ["before": "\(cutoff)", "error": "\(error)"])
        }
    }

    private func close() {
        writeSnapshot()
        store.close()
        view.withLock { $0.closedState = state }
        hub.finishAll(.shuttingDown)
        logger.info("writer stopped", metadata: ["seq": "\(state.lastSeq)"])
    }
}

extension WriterStatistics {
    mutating func count(batch commands: Int, events committed: Int) {
        batches += 1
        self.commands += commands
        events += committed
        largestBatch = max(largestBatch, commands)
    }
}
