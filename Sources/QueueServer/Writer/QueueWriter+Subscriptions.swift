import QueueCore

extension QueueWriter {
    /// Backlog from the store while it is older than the memory ring, then the ring and live
    /// events from the writer thread: every committed event after `after`, in order, once.
    /// `after` past the last event (a database restored from an older backup) is refused with
    /// `.cannotResume(firstAvailable: lastSeq + 1)`: the caller reads the status again.
    public func subscribe(_ subscriber: any EventSubscriber, after: UInt64?) async throws(BackendFailure)
        -> SubscriptionID
    {
        let hub = core.hub
        guard let id = hub.reserve() else { throw .shuttingDown }
        var from = after
        do throws(BackendFailure) {
            while true {
                guard let registration = await onWriterThread({ .register(id, subscriber, after: from, done: $0) })
                else { throw BackendFailure.shuttingDown }
                switch registration {
                case .registered, .cancelled:
                    return id
                case .shuttingDown:
                    throw BackendFailure.shuttingDown
                case .ahead(let lastSeq):
                    throw BackendFailure.cannotResume(firstAvailable: lastSeq + 1)
                case .needsStore(let firstInMemory):
                    from = try await reader.deliverBacklog(
                        to: subscriber, after: from ?? 0, before: firstInMemory, while: { hub.isPending(id) })
                }
            }
        } catch {
            hub.unsubscribe(id)
            throw error
        }
    }

    public func unsubscribe(_ id: SubscriptionID) {
        core.hub.unsubscribe(id)
    }

    /// Live subscriptions, for tests and the `STATUS=` line.
    public var subscriberCount: Int { core.hub.subscriberCount }
}
