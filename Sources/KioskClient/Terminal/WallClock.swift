import Glibc
import QueueCore

/// The machine's real-time clock as a `Timestamp`. Screen models take the time as a parameter;
/// only the I/O layer asks the clock.
public enum WallClock {
    public static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(millisecondsSinceEpoch: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }
}
