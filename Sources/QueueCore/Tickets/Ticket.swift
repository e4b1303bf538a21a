/// An anonymous place in the queue. There is no name field, by design, and there never will be.
public struct Ticket: Hashable, Sendable, Identifiable {
    public let id: TicketID
    public let number: TicketNumber
    /// The site-local day it was issued on.
    public let day: LocalDate
    /// The service it waits for now (changes on transfer).
    public var service: ServiceID
    /// The service it was issued for (its prefix's service).
    public let issuedFor: ServiceID
    /// The language chosen at the kiosk.
    public let language: LanguageCode
    /// When the person arrived; kept across transfers and reinstatement, so they keep their place.
    public let arrivedAt: Timestamp
    /// Set for tickets issued by checking in with an appointment code.
    public let appointment: AppointmentSlot?
    /// When staff flagged it urgent, if they did.
    public var urgentSince: Timestamp?
    public var state: TicketState
    /// The first time it was called, for waiting-time figures.
    public var firstCalledAt: Timestamp?
    public var recalls: Int
    public var transfers: Int
    /// The kiosk's key for this request, so a double press or a retry returns this ticket.
    public let idempotencyKey: String?

    public init(
        id: TicketID, number: TicketNumber, day: LocalDate, service: ServiceID, language: LanguageCode,
        arrivedAt: Timestamp, appointment: AppointmentSlot? = nil, urgentSince: Timestamp? = nil,
        state: TicketState = .waiting, firstCalledAt: Timestamp? = nil, recalls: Int = 0, transfers: Int = 0,
        issuedFor: ServiceID? = nil, idempotencyKey: String? = nil
    ) {
        self.id = id
        self.number = number
        self.day = day
        self.service = service
        self.issuedFor = issuedFor ?? service
        self.language = language
        self.arrivedAt = arrivedAt
        self.appointment = appointment
        self.urgentSince = urgentSince
        self.state = state
        self.firstCalledAt = firstCalledAt
        self.recalls = recalls
        self.transfers = transfers
        self.idempotencyKey = idempotencyKey
    }

    /// The desk it is called to, if it is called.
    public var desk: DeskID? {
        if case .called(let desk, _) = state { return desk }
        return nil
    }

    /// Whether it goes in the priority class at `now`: flagged urgent, or an appointment whose
    /// slot has begun and that was checked in on time (by the slot's end plus the grace). An
    /// early check-in waits as a walk-in until its slot starts; a late one, for good.
    public func isPriority(
        at now: Timestamp, lateCheckInGraceMinutes grace: Int = SiteConfiguration.defaultLateCheckInGraceMinutes
    ) -> Bool {
        if urgentSince != nil { return true }
        guard let appointment, appointment.start <= now else { return false }
        return arrivedAt <= appointment.end.adding(minutes: grace)
    }
}

/// The slot an appointment ticket was booked for, kept on the ticket for ordering and reports.
public struct AppointmentSlot: Hashable, Sendable {
    public let code: AppointmentCode
    public let start: Timestamp
    public let end: Timestamp

    public init(code: AppointmentCode, start: Timestamp, end: Timestamp) {
        self.code = code
        self.start = start
        self.end = end
    }
}
