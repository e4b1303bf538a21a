import QueueCore

extension QueueWriter {
    /// Submits `.rollOver` shortly after each site-local midnight (and at start when the stored
    /// day is over), so boards show the new day before the first ticket of it. It looks at the
    /// clock at least every `options.midnightCheck`, so a clock that jumps is followed.
    func startMidnightTimer() -> Task<Void, Never> {
        Task { [weak self] in
            if let self, let day = core.view.withLock({ $0.day }), day < timeZone.localDate(at: clock()) {
                await rollOver()
            }
            var target = self.map { MidnightSchedule(timeZone: $0.timeZone).next(after: $0.clock()) }
            while !Task.isCancelled, let self, let due = target {
                let now = clock()
                if now >= due {
                    // On failure, try again at the next check.
                    if await rollOver() { target = MidnightSchedule(timeZone: timeZone).next(after: clock()) }
                    continue
                }
                let wait = min(Duration.milliseconds(due.milliseconds(since: now)), options.midnightCheck)
                try? await Task.sleep(for: wait)
            }
        }
    }

    /// The site's time zone, as configured now.
    var timeZone: TimeZoneRules { core.view.withLock { $0.configuration.timeZone } }

    @discardableResult
    private func rollOver() async -> Bool {
        do {
            _ = try await submit(.rollOver)
            return true
        } catch {
            if error != .shuttingDown { logger.error("midnight rollover failed", metadata: ["error": "\(error)"]) }
            return false
        }
    }
}
