import Logging
import NIOCore
import SystemdKit

/// Sends `WATCHDOG=1` at half of `WATCHDOG_USEC`, and only while the service is healthy: an
/// event loop answers a round trip and the backend says its store is usable, each within the
/// ping interval. Otherwise it says why in the log and lets systemd restart the service.
struct Watchdog: Sendable {
    let schedule: WatchdogSchedule
    let group: any EventLoopGroup
    let backend: any QueueBackend
    let notify: QueueDaemon.Notify
    let logger: Logger

    func run() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: schedule.pingInterval)
            } catch {
                return
            }
            if let problem = await check() {
                logger.error("watchdog not fed: \(problem)")
            } else {
                notify([.watchdog])
            }
        }
    }

    /// Nil when healthy, else what is wrong.
    func check() async -> String? {
        let loop = group.next()
        let limit = schedule.pingInterval
        let answered = await withTimeout(limit) { (try? await loop.submit {}.get()) != nil }
        guard answered == true else { return "an event loop did not answer within \(limit)" }
        let backend = backend
        guard let health = await withTimeout(limit, { await backend.health() }) else {
            return "the queue writer did not answer within \(limit)"
        }
        return health.isHealthy ? nil : "the queue store is unhealthy: \(health.problem ?? "no reason given")"
    }
}
