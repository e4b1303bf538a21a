import QueueCore
import Synchronization

/// A clock the test sets and moves; the writer reads it through `now`.
final class TestClock: Sendable {
    private let current: Mutex<Timestamp>

    init(_ start: Timestamp) {
        current = Mutex(start)
    }

    /// Starts at `time` on `day`, in UTC.
    convenience init(_ day: LocalDate, _ time: String = "10:00") {
        self.init(WriterSite.instant(day, time))
    }

    var now: @Sendable () -> Timestamp { { self.current.withLock { $0 } } }

    func set(_ time: Timestamp) { current.withLock { $0 = time } }

    func advance(minutes: Int) { current.withLock { $0 = $0.adding(minutes: minutes) } }
}
