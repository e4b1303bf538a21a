import QueueCore

/// When the writer submits `.rollOver`: shortly after each site-local midnight, so boards show
/// the new day (and yesterday's leftovers are closed) before the first patient arrives.
struct MidnightSchedule: Sendable {
    let timeZone: TimeZoneRules
    /// How long after midnight, so a clock a little ahead of the site's does not miss the day.
    var delay: Duration = .seconds(2)

    /// The first rollover instant strictly after `now`'s site-local day began.
    func next(after now: Timestamp) -> Timestamp {
        let tomorrow = timeZone.localDate(at: now).adding(days: 1)
        let midnight = timeZone.timestamp(of: LocalDateTime(date: tomorrow, secondsOfDay: 0))
        return midnight.adding(milliseconds: delay.milliseconds)
    }
}
