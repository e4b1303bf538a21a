import Glibc

/// Nanoseconds on `CLOCK_MONOTONIC`: the one clock every latency in the bench is read from,
/// shared by all threads, so a desk's send time and a display's receive time compare.
enum MonotonicClock {
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Seconds elapsed since `start`, a `now()` reading.
    static func seconds(since start: UInt64) -> Double {
        Double(now() &- start) / 1e9
    }
}
