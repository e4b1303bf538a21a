import QueueCore
import Synchronization
import SystemdKit

/// Keeps the `STATUS=` line current: subscribed to the queue's events, it refreshes the line
/// at most once per `interval` after a change, and never when nothing happens (no idle wake-ups).
final class StatusReporter: EventSubscriber {
    let server: ServerContext
    let notify: QueueDaemon.Notify
    let interval: Duration
    private let scheduled = Mutex(false)

    init(server: ServerContext, notify: @escaping QueueDaemon.Notify, interval: Duration = .seconds(1)) {
        self.server = server
        self.notify = notify
        self.interval = interval
    }

    /// Sends the line now.
    func refresh() async {
        let status = await server.backend.status()
        notify([.status(StatusLine.text(status, connections: server.connectionCount))])
    }

    func receive(_ events: [QueueEvent]) {
        guard scheduled.withLock({ pending in defer { pending = true }; return !pending }) else { return }
        Task {
            try? await Task.sleep(for: interval)
            scheduled.withLock { $0 = false }
            await refresh()
        }
    }

    func finish(_ reason: BackendFailure) {}
}
