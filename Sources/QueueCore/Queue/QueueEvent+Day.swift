extension QueueEvent {
    /// The site-local day this event belongs to: its ticket's day for ticket events (so a
    /// ticket's whole story, including its end-of-day cancellation, files under one day),
    /// else the day it happened on. Reports and retention both group events by this.
    public func day(in timeZone: TimeZoneRules) -> LocalDate {
        if case .dayStarted(let date) = kind { return date }
        return ticket?.day ?? timeZone.localDate(at: at)
    }

    /// Whether this event happened on a later day than its ticket's: the rollover settling a
    /// ticket left waiting or called. Its time then says when the day ended, not when a
    /// consultation did, so estimates and reports do not take it as a consultation length.
    public func settlesAnEarlierDay(in timeZone: TimeZoneRules) -> Bool {
        guard let ticket else { return false }
        return ticket.day < timeZone.localDate(at: at)
    }
}
