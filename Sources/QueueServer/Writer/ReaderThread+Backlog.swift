import QueueCore
import QueueStore

extension ReaderThread {
    /// Delivers the stored events with `after < seq < firstInMemory` to `subscriber`, in chunks,
    /// while `isWanted()`; returns the seq of the last one delivered.
    /// Throws `.cannotResume` when retention pruned some of them.
    func deliverBacklog(
        to subscriber: any EventSubscriber, after: UInt64, before firstInMemory: UInt64,
        while isWanted: @escaping @Sendable () -> Bool
    ) async throws(BackendFailure) -> UInt64 {
        try await run { reader throws(BackendFailure) in
            let first = try storage { () throws(StoreError) in try reader.firstRetainedSeq() }
            guard let first, first <= after + 1 else {
                throw .cannotResume(firstAvailable: first ?? firstInMemory)
            }
            var last = after
            while last + 1 < firstInMemory, isWanted() {
                let limit = Int(min(firstInMemory - 1 - last, Self.backlogChunk))
                let events = try storage { [last] () throws(StoreError) in try reader.events(after: last, limit: limit) }
                guard let head = events.first, head.seq == last + 1, let tail = events.last else {
                    throw .cannotResume(firstAvailable: events.first?.seq ?? firstInMemory)
                }
                subscriber.receive(events)
                last = tail.seq
            }
            return last
        }
    }

    static let backlogChunk: UInt64 = 1000
}

/// Runs a store call, turning its error into the backend's.
func storage<T>(_ body: () throws(StoreError) -> T) throws(BackendFailure) -> T {
    do {
        return try body()
    } catch {
        throw .storageFailed("\(error)")
    }
}
