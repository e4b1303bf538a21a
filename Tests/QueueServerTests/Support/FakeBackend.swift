import Glibc
import QueueCore
import QueueMessages
import Synchronization

@testable import QueueServer

/// A backend for the network side's tests: a `QueueState` in a mutex, an in-memory event log,
/// subscribers called in order under the lock. Submissions can be held to test draining.
final class FakeBackend: DaemonBackend {
    struct State {
        var queue: QueueState
        var log: [QueueEvent] = []
        var subscribers: [UInt64: any EventSubscriber] = [:]
        var nextSubscription: UInt64 = 1
        var shutDown = false
        var held = false
        var heldSubmissions: [CheckedContinuation<Void, Never>] = []
    }

    let state: Mutex<State>
    let clock: @Sendable () -> Timestamp

    init(configuration: SiteConfiguration, clock: @escaping @Sendable () -> Timestamp) {
        state = Mutex(State(queue: QueueState(configuration: configuration)))
        self.clock = clock
    }

    /// From now on, submissions wait until `release()`.
    func hold() { state.withLock { $0.held = true } }

    /// Lets held submissions go on.
    func release() {
        let waiting = state.withLock { state in
            state.held = false
            defer { state.heldSubmissions = [] }
            return state.heldSubmissions
        }
        for continuation in waiting { continuation.resume() }
    }

    var heldCount: Int { state.withLock { $0.heldSubmissions.count } }
    var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    func submit(_ command: QueueCommand) async throws(BackendFailure) -> CommandOutcome {
        await withCheckedContinuation { continuation in
            let wait = state.withLock { state in
                if state.held { state.heldSubmissions.append(continuation) }
                return state.held
            }
            if !wait { continuation.resume() }
        }
        let result: Result<CommandOutcome, BackendFailure> = state.withLock { state in
            guard !state.shutDown else { return .failure(.shuttingDown) }
            do throws(QueueError) {
                let (reply, events) = try state.queue.execute(command, at: clock())
                state.log += events
                if !events.isEmpty { for subscriber in state.subscribers.values { subscriber.receive(events) } }
                return .success(CommandOutcome(reply: reply, events: events))
            } catch {
                return .failure(.rejected(error))
            }
        }
        return try result.get()
    }

    func configuration() async -> SiteConfiguration { state.withLock { $0.queue.configuration } }
    func status() async -> QueueStatus { state.withLock { QueueStatus($0.queue, at: clock()) } }
    var statusAtOpen: QueueStatus { state.withLock { QueueStatus($0.queue, at: clock()) } }

    func waiting(services: [ServiceID]) async -> WaitingList {
        state.withLock { WaitingList($0.queue, services: services, at: clock()) }
    }

    func subscribe(_ subscriber: any EventSubscriber, after: UInt64?) async throws(BackendFailure) -> SubscriptionID {
        try state.withLock { state throws(BackendFailure) in
            let last = state.queue.lastSeq
            if let after {
                guard after <= last else { throw .cannotResume(firstAvailable: 1) }
                let missed = state.log.filter { $0.seq > after }
                if !missed.isEmpty { subscriber.receive(missed) }
            }
            let id = state.nextSubscription
            state.nextSubscription += 1
            state.subscribers[id] = subscriber
            return SubscriptionID(id)
        }
    }

    func unsubscribe(_ id: SubscriptionID) {
        _ = state.withLock { $0.subscribers.removeValue(forKey: id.rawValue) }
    }

    func report(from: LocalDate, through: LocalDate) async throws(BackendFailure) -> PeriodReport {
        guard from <= through else { throw .invalidArgument("from_day is after through_day") }
        return PeriodReport(from: from, through: through, days: [])
    }

    /// Writes `backupBytes` as the "database copy".
    func backup(to path: String) async throws(BackendFailure) {
        let bytes = Self.backupBytes
        guard let file = fopen(path, "wx") else { throw .storageFailed("cannot create \(path)") }
        defer { fclose(file) }
        guard fwrite(bytes, 1, bytes.count, file) == bytes.count else { throw .storageFailed("cannot write \(path)") }
    }

    /// 200 KB of a recognisable pattern: several chunks.
    static let backupBytes: [UInt8] = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }

    func reconfigure(_ configuration: SiteConfiguration) async throws(BackendFailure) {
        state.withLock { $0.queue.reconfigure(configuration) }
    }

    func health() async -> BackendHealth {
        state.withLock { BackendHealth(isHealthy: !$0.shutDown, lastSeq: $0.queue.lastSeq) }
    }

    func shutdown() async {
        let subscribers = state.withLock { state in
            state.shutDown = true
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        for subscriber in subscribers { subscriber.finish(.shuttingDown) }
    }
}
