import QueueCore

extension QueueWriter {
    /// Submits `.rollOver` at each site-local midnight (and at start when the stored day is
    /// over), so boards show the new day before the first ticket of it. It waits on a
    /// wall-clock alarm that a clock set meanwhile ends early, or, with
    /// `options.midnightCheck`, looks at the clock that often.
    func startMidnightTimer() -> Task<Void, Never> {
        Task { [weak self] in
            if let self, let day = core.view.withLock({ $0.day }), day < timeZone.localDate(at: clock()) {
                await rollOver()
            }
            var target = self.map { MidnightSchedule(timeZone: $0.timeZone).next(after: $0.clock()) }
            while !Task.isCancelled, let self, let due = target {
                let now = clock()
                if now >= due {
                    if await rollOver() {
                        target = MidnightSchedule(timeZone: timeZone).next(after: clock())
                    } else {
                        // Logged; the first command of the day rolls over too. Try again in a minute.
                        try? await Task.sleep(for: min(options.midnightCheck ?? .seconds(60), .seconds(60)))
                    }
                    continue
                }
                await waitForMidnight(due, from: now)
            }
        }
    }

    private func waitForMidnight(_ due: Timestamp, from now: Timestamp) async {
        let left = Duration.milliseconds(due.milliseconds(since: now))
        if let check = options.midnightCheck {
            try? await Task.sleep(for: min(left, check))
            return
        }
        switch await WallClockAlarm.wait(until: due) {
        case .clockChanged, .cancelled:
            return
        case .due where clock() >= due:
            return
        case .due:
            break  // `clock` is not the system's wall clock (a test's): never spin on the alarm.
        case .unavailable(let error):
            logger.warning("no wall-clock alarm (errno \(error)): looking at the clock every hour until midnight")
        }
        try? await Task.sleep(for: min(left, .seconds(3600)))
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
