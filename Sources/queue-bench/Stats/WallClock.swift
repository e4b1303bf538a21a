import Glibc
import QueueCore

/// `CLOCK_REALTIME` as a QueueCore `Timestamp`: the clock the server's `SystemClock` reads, so
/// history written for "today" is today for the server too.
enum WallClock {
    static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(millisecondsSinceEpoch: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }
}
