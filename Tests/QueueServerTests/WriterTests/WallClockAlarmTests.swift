import QueueCore
import Testing

@testable import QueueServer

/// The midnight timer's alarm. (A clock set while waiting, `.clockChanged`, needs
/// CAP_SYS_TIME on the host's clock: not tried here.)
@Suite struct WallClockAlarmTests {
    @Test func itRingsAtTheWallClockTime() async {
        let due = Timestamp(millisecondsSinceEpoch: Self.nowMilliseconds() + 50)
        let outcome = await WallClockAlarm.wait(until: due)
        #expect(outcome == .due)
        #expect(Self.nowMilliseconds() >= due.millisecondsSinceEpoch)
    }

    @Test func aTimeAlreadyPastRingsAtOnce() async {
        let outcome = await WallClockAlarm.wait(until: Timestamp(millisecondsSinceEpoch: Self.nowMilliseconds() - 60_000))
        #expect(outcome == .due)
    }

    @Test func cancellingEndsTheWait() async {
        let waiting = Task { await WallClockAlarm.wait(until: Timestamp(millisecondsSinceEpoch: Self.nowMilliseconds() + 3_600_000)) }
        try? await Task.sleep(for: .milliseconds(20))
        waiting.cancel()
        #expect(await waiting.value == .cancelled)
    }

    @Test func aCancelledTaskDoesNotWait() async {
        let waiting = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await WallClockAlarm.wait(until: Timestamp(millisecondsSinceEpoch: Self.nowMilliseconds() + 3_600_000))
        }
        #expect(await waiting.value == .cancelled)
    }

    static func nowMilliseconds() -> Int64 { SystemClock.now().millisecondsSinceEpoch }
}
