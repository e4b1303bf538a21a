/// The whole queue of a site at one moment: today's tickets, the desks, booked appointments.
///
/// A value: copy it freely, compare it, persist its `snapshot`. It changes only by applying
/// events (`apply(_:)`), which `execute(_:at:)` produces from commands. Tickets of earlier days
/// leave memory at the day rollover; the store keeps their history.
public struct QueueState: Hashable, Sendable {
    public internal(set) var configuration: SiteConfiguration
    /// The site-local day in progress, nil before the first event.
    public internal(set) var day: LocalDate?
    /// The sequence number of the last applied event (0 before any).
    public internal(set) var lastSeq: UInt64
    public internal(set) var nextTicketID: TicketID
    /// Today's tickets (and, until the rollover runs, unfinished ones of earlier days).
    public internal(set) var tickets: [TicketID: Ticket]
    public internal(set) var openDesks: Set<DeskID>
    /// Tickets called at each desk right now.
    public internal(set) var currentTickets: [DeskID: TicketID]
    /// Appointments of today and later days, and of the last `pastAppointmentDays` days.
    public internal(set) var appointments: [AppointmentCode: Appointment]
    /// Calls in a row of each class per service, for the priority ratio.
    var streaks: [ServiceID: Streak]
    /// Calls in a row of each class per desk, across its services, for the priority ratio.
    var deskStreaks: [DeskID: Streak]
    /// Lengths of the last consultations per service, in milliseconds, newest last.
    var recentDurations: [ServiceID: [Int64]]
    /// The latest calls, newest last, for boards that join late.
    public internal(set) var recentCalls: [CallRecord]

    // Indexes derived from `tickets`, maintained by `apply` and rebuilt from a snapshot.
    var numbers: [TicketNumber: TicketID] = [:]
    var lastNumber: [Character: Int] = [:]
    var issuedToday: [ServiceID: Int] = [:]
    var idempotencyKeys: [String: TicketID] = [:]
    /// Waiting walk-ins per service, by arrival.
    var walkIns: [ServiceID: [TicketID]] = [:]
    /// Waiting urgent and appointment tickets per service, by `priorityKey`.
    var priorityTickets: [ServiceID: [TicketID]] = [:]

    static let recentCallLimit = 8
    /// Days an appointment is kept after its day (its code gives "not today", then "unknown").
    static let pastAppointmentDays = 7
    static let durationSamples = 10

    /// An empty queue for a site.
    public init(configuration: SiteConfiguration) {
        self.configuration = configuration
        self.day = nil
        self.lastSeq = 0
        self.nextTicketID = TicketID(1)
        self.tickets = [:]
        self.openDesks = []
        self.currentTickets = [:]
        self.appointments = [:]
        self.streaks = [:]
        self.deskStreaks = [:]
        self.recentDurations = [:]
        self.recentCalls = []
    }

    /// Consecutive calls of one class in a service, or at a desk.
    struct Streak: Hashable, Sendable {
        var priorityRun = 0
        var walkInRun = 0

        /// Whether the ratio wants a walk-in next (if one waits): `ratio.priority` priority calls
        /// in a row are done, or a run of `ratio.walkIn` walk-ins is under way.
        func isWalkInTurn(_ ratio: PriorityRatio) -> Bool {
            priorityRun >= ratio.priority || (walkInRun > 0 && walkInRun < ratio.walkIn)
        }

        mutating func record(priority: Bool) {
            if priority {
                priorityRun += 1
                walkInRun = 0
            } else {
                walkInRun += 1
                priorityRun = 0
            }
        }
    }

    /// Replaces the site configuration (a reload). Tickets of services that no longer exist stay
    /// in the state; `SiteConfig` refuses such reloads while those tickets wait.
    public mutating func reconfigure(_ configuration: SiteConfiguration) {
        self.configuration = configuration
        openDesks = openDesks.filter { configuration.desk($0) != nil }
    }
}

/// A call as the board shows it: which ticket, to which desk, when.
public struct CallRecord: Hashable, Sendable {
    public let ticket: TicketNumber
    public let desk: DeskID
    public let language: LanguageCode
    public let service: ServiceID
    public let at: Timestamp

    public init(ticket: TicketNumber, desk: DeskID, language: LanguageCode, service: ServiceID, at: Timestamp) {
        self.ticket = ticket
        self.desk = desk
        self.language = language
        self.service = service
        self.at = at
    }
}
