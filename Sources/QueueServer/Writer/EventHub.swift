import QueueCore
import Synchronization

/// Fans committed events out to subscribers, in `seq` order, with no gap and no duplicate.
///
/// `publish` and `register` run only on the writer thread, one after the other, so a new
/// subscriber gets its backlog from the ring before any live event. Deliveries happen outside
/// the lock, so a subscriber may call `unsubscribe` from `receive`.
final class EventHub: Sendable {
    private struct Subscribers {
        var ring: EventRing
        var live: [SubscriptionID: any EventSubscriber] = [:]
        /// Reserved ids still reading their backlog from the store.
        var pending: Set<SubscriptionID> = []
        var nextID: UInt64 = 1
        var isFinished = false
    }

    /// What `register` did.
    enum Registration: Equatable {
        /// Registered; the backlog from memory was delivered.
        case registered
        /// Unsubscribed while reading its backlog: nothing to do.
        case cancelled
        /// The events after `after` are not all in memory; read the store up to `firstInMemory - 1`.
        case needsStore(firstInMemory: UInt64)
        /// `after` is past the last committed event.
        case ahead(lastSeq: UInt64)
        case shuttingDown
    }

    private let state: Mutex<Subscribers>

    init(ringCapacity: Int, lastSeq: UInt64) {
        state = Mutex(Subscribers(ring: EventRing(capacity: ringCapacity, lastSeq: lastSeq)))
    }

    /// The seq of the last event published.
    var lastSeq: UInt64 { state.withLock { $0.ring.lastSeq } }

    var subscriberCount: Int { state.withLock { $0.live.count } }

    /// Whether `id` was reserved and is neither registered nor unsubscribed yet.
    func isPending(_ id: SubscriptionID) -> Bool { state.withLock { $0.pending.contains(id) } }

    /// A new id, pending until `register`; nil once the hub is finished.
    func reserve() -> SubscriptionID? {
        state.withLock { hub in
            guard !hub.isFinished else { return nil }
            let id = SubscriptionID(hub.nextID)
            hub.nextID += 1
            hub.pending.insert(id)
            return id
        }
    }

    /// Writer thread only. Registers `subscriber` for events after `after` (nil: from now on)
    /// when memory holds all of them, and delivers those.
    func register(_ id: SubscriptionID, _ subscriber: any EventSubscriber, after: UInt64?) -> Registration {
        let outcome: (Registration, [QueueEvent]) = state.withLock { hub in
            guard !hub.isFinished else { return (.shuttingDown, []) }
            guard hub.pending.contains(id) else { return (.cancelled, []) }
            let from = after ?? hub.ring.lastSeq
            guard from <= hub.ring.lastSeq else { return (.ahead(lastSeq: hub.ring.lastSeq), []) }
            guard let backlog = hub.ring.events(after: from) else {
                return (.needsStore(firstInMemory: hub.ring.firstSeq), [])
            }
            hub.pending.remove(id)
            hub.live[id] = subscriber
            return (.registered, backlog)
        }
        if !outcome.1.isEmpty { subscriber.receive(outcome.1) }
        return outcome.0
    }

    /// Writer thread only: `events` are committed; deliver them to every live subscriber.
    func publish(_ events: [QueueEvent]) {
        guard !events.isEmpty else { return }
        let targets = state.withLock { hub in
            hub.ring.append(events)
            return Array(hub.live.values)
        }
        for subscriber in targets { subscriber.receive(events) }
    }

    /// Stops deliveries to `id` (live or still pending); unknown ids are ignored.
    func unsubscribe(_ id: SubscriptionID) {
        state.withLock { hub in
            hub.live[id] = nil
            hub.pending.remove(id)
        }
    }

    /// Ends every subscription with `reason` and refuses new ones.
    func finishAll(_ reason: BackendFailure) {
        let ended = state.withLock { hub in
            hub.isFinished = true
            hub.pending.removeAll()
            defer { hub.live.removeAll() }
            return Array(hub.live.values)
        }
        for subscriber in ended { subscriber.finish(reason) }
    }
}
