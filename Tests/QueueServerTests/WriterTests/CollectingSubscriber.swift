import QueueCore
@testable import QueueServer
import Synchronization

/// A subscriber that keeps what it receives, for the test to check order and completeness.
final class CollectingSubscriber: EventSubscriber {
    private struct Received {
        var events: [QueueEvent] = []
        var finished: BackendFailure?
        var receivedAfterFinish = false
    }

    private let received = Mutex(Received())

    func receive(_ events: [QueueEvent]) {
        received.withLock { state in
            if state.finished != nil { state.receivedAfterFinish = true }
            state.events += events
        }
    }

    func finish(_ reason: BackendFailure) {
        received.withLock { $0.finished = reason }
    }

    var events: [QueueEvent] { received.withLock { $0.events } }
    var seqs: [UInt64] { events.map(\.seq) }
    var finished: BackendFailure? { received.withLock { $0.finished } }
    var receivedAfterFinish: Bool { received.withLock { $0.receivedAfterFinish } }

    /// Waits (generously) until the last received event is `seq`; false on timeout.
    func waitFor(seq: UInt64) async -> Bool {
        await eventually { (self.seqs.last ?? 0) >= seq }
    }
}

/// Polls `condition` every few milliseconds for up to a minute: for things that happen on
/// another thread. Never a timing assertion: the limit is only there so a bug does not hang.
func eventually(_ condition: () async -> Bool) async -> Bool {
    for _ in 0..<6000 {
        if await condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return await condition()
}
