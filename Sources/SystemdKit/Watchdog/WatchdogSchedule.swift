import CSystemd

/// The systemd watchdog of this service (`WatchdogSec=`): how long systemd waits for a ping, and
/// how often to ping. The daemon pings at half the timeout, and only while its own health check
/// passes, so a stuck service is restarted.
public struct WatchdogSchedule: Sendable, Equatable {
    /// How long systemd waits for a `WATCHDOG=1` before it considers the service hung.
    public let timeout: Duration

    public init(timeout: Duration) {
        self.timeout = timeout
    }

    /// How often to send `WATCHDOG=1`: half the timeout, as systemd recommends.
    public var pingInterval: Duration { timeout / 2 }

    /// The watchdog systemd set up for this process (`WATCHDOG_USEC` and `WATCHDOG_PID`), or nil
    /// when there is none or the variables are malformed.
    public static func fromEnvironment() -> WatchdogSchedule? {
        var microseconds: UInt64 = 0
        guard sd_watchdog_enabled(0, &microseconds) > 0, microseconds > 0 else { return nil }
        return WatchdogSchedule(timeout: .microseconds(Int64(clamping: microseconds)))
    }
}
