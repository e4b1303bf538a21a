import NIOConcurrencyHelpers
import NIOCore

/// Gathers, for one call at a time, when each subscribed display received its
/// `ticket_called` event; completes the round's promise once all of them have.
final class FanoutCollector: @unchecked Sendable {
    private let lock = NIOLock()
    private var sentAt: UInt64 = 0
    private var expected = 0
    private var arrivals: [UInt64] = []
    private var promise: EventLoopPromise<[UInt64]>?

    /// Starts a round: the desk is about to send its CallNext.
    func begin(expected: Int, promise: EventLoopPromise<[UInt64]>) {
        lock.withLock {
            self.expected = expected
            self.promise = promise
            arrivals.removeAll(keepingCapacity: true)
            sentAt = MonotonicClock.now()
        }
    }

    /// A display received a `ticket_called` event at `arrival`.
    func record(_ arrival: UInt64) {
        let done: (EventLoopPromise<[UInt64]>, [UInt64])? = lock.withLock {
            guard promise != nil else { return nil }
            arrivals.append(arrival &- sentAt)
            guard arrivals.count == expected, let promise else { return nil }
            self.promise = nil
            return (promise, arrivals)
        }
        if let (promise, latencies) = done { promise.succeed(latencies) }
    }
}
