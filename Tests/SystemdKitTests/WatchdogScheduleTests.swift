import Glibc
import Testing

@testable import SystemdKit

@Suite struct WatchdogScheduleTests {
    @Test func pingsAtHalfTheTimeout() {
        #expect(WatchdogSchedule(timeout: .seconds(30)).pingInterval == .seconds(15))
    }

    /// In a child process: the watchdog variables are process-wide.
    @Test func readsTheWatchdogSystemdSetUp() async {
        await #expect(processExitsWith: .success) {
            setenv("WATCHDOG_USEC", "3000000", 1)
            setenv("WATCHDOG_PID", "\(getpid())", 1)
            #expect(WatchdogSchedule.fromEnvironment() == WatchdogSchedule(timeout: .seconds(3)))
            setenv("WATCHDOG_PID", "\(getppid())", 1)
            #expect(WatchdogSchedule.fromEnvironment() == nil)
            unsetenv("WATCHDOG_PID")
            setenv("WATCHDOG_USEC", "soon", 1)
            #expect(WatchdogSchedule.fromEnvironment() == nil)
            unsetenv("WATCHDOG_USEC")
            #expect(WatchdogSchedule.fromEnvironment() == nil)
        }
    }
}
