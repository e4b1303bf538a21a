import NIOCore

/// A scheduling executor's delay, timed on an event loop (both executors' `enqueue(after:)`).
enum JobDelay {
    /// Runs `job` on `loop` once `delay` has passed (at once for another clock's duration).
    static func schedule<D: DurationProtocol>(after delay: D, on loop: any EventLoop, _ job: @escaping @Sendable () -> Void) {
        guard let wait = nanoseconds(of: delay) else { return job() }
        loop.scheduleTask(in: .nanoseconds(wait), job)
    }

    /// Whole nanoseconds of `delay` (0 if it is already past), or nil for a clock whose
    /// duration is not `Duration`: such a job runs now, like a zero delay.
    static func nanoseconds<D: DurationProtocol>(of delay: D) -> Int64? {
        guard let delay = delay as? Duration else { return nil }
        let (seconds, attoseconds) = delay.components
        guard seconds >= 0, attoseconds >= 0 else { return 0 }
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? Int64.max : whole.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}
