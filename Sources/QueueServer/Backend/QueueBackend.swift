import QueueCore
import QueueMessages

/// What the network side of the daemon asks of the queue. `QueueWriter` (the single writer
/// with group commit, over `QueueStore`) is the implementation the daemon runs; tests of the
/// network side may use a simpler one.
///
/// Every mutation goes through `submit`: it returns only once the events it produced are
/// committed to disk, and they are published to subscribers after that commit, in `seq` order.
public protocol QueueBackend: AnyObject, Sendable {
    /// Decides `command` at the backend's clock, commits its events (batched with concurrent
    /// submissions into one transaction) and returns the reply and the committed events.
    func submit(_ command: QueueCommand) async throws(BackendFailure) -> CommandOutcome
    /// The same, answered through `reply`, called once from the backend's own thread: the
    /// event loops submit commands this way, without a task and its executor hops.
    func submit(_ command: QueueCommand, reply: @escaping @Sendable (Result<CommandOutcome, BackendFailure>) -> Void)

    /// The site as configured now (services, desks, hours, languages).
    func configuration() async -> SiteConfiguration
    /// Waiting per service, desks, recent calls: the state after the last commit.
    func status() async -> QueueStatus
    /// Today's waiting tickets of `services` (all services when empty), in calling order.
    func waiting(services: [ServiceID]) async -> WaitingList

    /// Registers `subscriber` for every committed event with `seq > after`, in order, with no
    /// gap and no duplicate: events already in the log (from memory or the store) first, then
    /// live ones. `after == nil` means "from now on" (the caller reads `status()` first).
    /// Throws `.cannotResume` when events after `after` were pruned by retention.
    func subscribe(_ subscriber: any EventSubscriber, after: UInt64?) async throws(BackendFailure) -> SubscriptionID
    /// Stops deliveries to a subscription; `finish` is not called. Unknown ids are ignored.
    func unsubscribe(_ id: SubscriptionID)

    /// Report figures for `from...through` (site-local days), from events and stored aggregates.
    func report(from: LocalDate, through: LocalDate) async throws(BackendFailure) -> PeriodReport
    /// A consistent copy of the live database at `path` (SQLite online backup).
    func backup(to path: String) async throws(BackendFailure)
    /// Replaces the site configuration (SIGHUP, ReloadConfig). The caller has validated it
    /// with `SiteConfigLoader.reloadProblems`.
    func reconfigure(_ configuration: SiteConfiguration) async throws(BackendFailure)

    /// For the watchdog and `systemctl status`: whether the writer is alive and the store usable.
    func health() async -> BackendHealth
}

extension QueueBackend {
    public func submit(
        _ command: QueueCommand, reply: @escaping @Sendable (Result<CommandOutcome, BackendFailure>) -> Void
    ) {
        Task {
            do throws(BackendFailure) {
                reply(.success(try await submit(command)))
            } catch {
                reply(.failure(error))
            }
        }
    }
}

/// A committed command: what the caller gets back.
public struct CommandOutcome: Sendable {
    public var reply: CommandReply
    /// The events the command produced, committed, with their `seq`.
    public var events: [QueueEvent]

    public init(reply: CommandReply, events: [QueueEvent]) {
        self.reply = reply
        self.events = events
    }
}

/// Receives committed events. Called from the backend's own thread, in order: implementations
/// must not block (hop to an event loop) and must be cheap.
public protocol EventSubscriber: AnyObject, Sendable {
    func receive(_ events: [QueueEvent])
    /// The subscription is over (the server stops, or the subscriber fell too far behind and
    /// should reconnect and resume). No `receive` follows.
    func finish(_ reason: BackendFailure)
}

/// Identifies a subscription for `unsubscribe`.
public struct SubscriptionID: Hashable, Sendable {
    public let rawValue: UInt64
    public init(_ rawValue: UInt64) { self.rawValue = rawValue }
}

/// The writer's health, sampled.
public struct BackendHealth: Sendable {
    /// False once the store failed in a way the writer cannot recover from.
    public var isHealthy: Bool
    public var lastSeq: UInt64
    /// A short human line for `STATUS=` and logs when unhealthy.
    public var problem: String?

    public init(isHealthy: Bool, lastSeq: UInt64, problem: String? = nil) {
        self.isHealthy = isHealthy
        self.lastSeq = lastSeq
        self.problem = problem
    }
}
