extension QueueEvent {
    /// The site-local day this event belongs to: its ticket's day for ticket events (so a
    /// ticket's whole story, including its end-of-day cancellation, files under one day),
    /// else the day it happened on. Reports and retention both group events by this.
    public func day(in timeZone: TimeZoneRules) -> LocalDate {
        if case .dayStarted(let date) = kind { return date }
        return ticket?.day ?? timeZone.localDate(at: at)
    }
}
