/// What a command gives back to the person who asked, besides its events.
public struct CommandReply: Hashable, Sendable {
    /// The ticket issued, called, recalled or changed (nil when `callNext` found nobody).
    public var ticket: Ticket?
    /// The ticket a `callNext` finished on the way.
    public var finished: Ticket?
    public var appointment: Appointment?
    /// For a new ticket: people ahead and expected minutes.
    public var estimate: WaitEstimate?

    public init(ticket: Ticket? = nil, finished: Ticket? = nil, appointment: Appointment? = nil, estimate: WaitEstimate? = nil) {
        self.ticket = ticket
        self.finished = finished
        self.appointment = appointment
        self.estimate = estimate
    }
}

/// How long a new ticket can expect to wait.
public struct WaitEstimate: Hashable, Sendable {
    public let peopleAhead: Int
    public let minutes: Int

    public init(peopleAhead: Int, minutes: Int) {
        self.peopleAhead = peopleAhead
        self.minutes = minutes
    }
}
