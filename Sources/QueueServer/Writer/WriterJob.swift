import QueueCore

/// Work for the writer thread, taken from its queue in batches.
enum WriterJob: Sendable {
    case command(QueueCommand, reply: @Sendable (Result<CommandOutcome, BackendFailure>) -> Void)
    case reconfigure(SiteConfiguration, done: @Sendable () -> Void)
    /// Registers a subscriber in the hub, between batches (see `EventHub.register`).
    case register(
        SubscriptionID, any EventSubscriber, after: UInt64?, done: @Sendable (EventHub.Registration) -> Void)
    /// Runs `body` on the committed state, between batches (status and waiting lists).
    case read(@Sendable (QueueState) -> Void)
    /// The once-a-day retention, if today's has not run yet (the first job after open).
    case applyRetention
    /// The last job: snapshot, close the store, end the subscriptions.
    case shutdown(done: @Sendable () -> Void)
}
