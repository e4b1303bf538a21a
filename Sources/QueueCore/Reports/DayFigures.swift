/// What happened on one site-local day, in the shape funders ask for: tickets (people) and
/// consultations per service, arrivals per hour, waits, no-shows, transfers, languages.
///
/// Computed from that day's events (`add(_:timeZone:)`), or read back from the store for days
/// whose raw events were pruned; both give the same reports.
public struct DayFigures: Hashable, Sendable {
    public let date: LocalDate
    public var services: [ServiceID: ServiceFigures]
    /// Tickets issued by site-local hour of arrival, `0..<24`.
    public var arrivalsByHour: [Int]
    /// Tickets issued by kiosk language.
    public var languages: [LanguageCode: Int]

    public init(date: LocalDate) {
        self.date = date
        self.services = [:]
        self.arrivalsByHour = Array(repeating: 0, count: 24)
        self.languages = [:]
    }

    /// Per-service figures for a day or a period.
    public struct ServiceFigures: Hashable, Sendable {
        /// Tickets issued for this service (one per person and visit).
        public var tickets = 0
        /// Consultations held: finished, or ended by a transfer to another service.
        public var consultations = 0
        public var noShows = 0
        public var cancelled = 0
        public var transfersOut = 0
        public var transfersIn = 0
        public var appointments = 0
        public var urgent = 0
        /// From arrival to first call.
        public var waits = MinuteHistogram()
        /// From call to end of consultation (not for those still open when the day ended).
        public var consultationLengths = MinuteHistogram()

        public init() {}

        public mutating func merge(_ other: ServiceFigures) {
            tickets += other.tickets
            consultations += other.consultations
            noShows += other.noShows
            cancelled += other.cancelled
            transfersOut += other.transfersOut
            transfersIn += other.transfersIn
            appointments += other.appointments
            urgent += other.urgent
            waits.merge(other.waits)
            consultationLengths.merge(other.consultationLengths)
        }
    }

    public var totalTickets: Int { services.values.reduce(0) { $0 + $1.tickets } }
    public var totalConsultations: Int { services.values.reduce(0) { $0 + $1.consultations } }

    /// Accounts for one event of this day. `previous` is the ticket as it was before the event
    /// (needed to measure consultations ended by a finish or a transfer).
    public mutating func add(_ event: QueueEvent, previous: Ticket?, timeZone: TimeZoneRules) {
        switch event.kind {
        case .ticketIssued(let ticket):
            services[ticket.service, default: ServiceFigures()].tickets += 1
            if ticket.appointment != nil { services[ticket.service, default: ServiceFigures()].appointments += 1 }
            if ticket.urgentSince != nil { services[ticket.service, default: ServiceFigures()].urgent += 1 }
            arrivalsByHour[timeZone.localDateTime(at: ticket.arrivedAt).hour] += 1
            languages[ticket.language, default: 0] += 1
        case .ticketCalled(let ticket):
            if previous?.firstCalledAt == nil, let first = ticket.firstCalledAt {
                services[ticket.service, default: ServiceFigures()].waits.add(
                    milliseconds: first.milliseconds(since: ticket.arrivedAt))
            }
        case .ticketFinished(let ticket):
            let measured = !event.settlesAnEarlierDay(in: timeZone)
            endConsultation(previous: previous, at: event.at, service: ticket.service, measured: measured)
        case .ticketTransferred(let ticket, let from, _):
            endConsultation(previous: previous, at: event.at, service: from, measured: true)
            services[from, default: ServiceFigures()].transfersOut += 1
            services[ticket.service, default: ServiceFigures()].transfersIn += 1
        case .ticketMissed(let ticket):
            services[ticket.service, default: ServiceFigures()].noShows += 1
        case .ticketReinstated(let ticket):
            services[ticket.service, default: ServiceFigures()].noShows -= 1
        case .ticketCancelled(let ticket):
            services[ticket.service, default: ServiceFigures()].cancelled += 1
        case .ticketFlaggedUrgent(let ticket):
            services[ticket.service, default: ServiceFigures()].urgent += 1
        case .ticketRecalled, .dayStarted, .deskOpened, .deskPaused, .appointmentBooked, .appointmentCancelled:
            break
        }
    }

    /// Counts a consultation; `measured` false when its end is unknown (left open at midnight).
    private mutating func endConsultation(previous: Ticket?, at: Timestamp, service: ServiceID, measured: Bool) {
        guard let previous, case .called(_, let calledAt) = previous.state else { return }
        services[service, default: ServiceFigures()].consultations += 1
        guard measured else { return }
        services[service, default: ServiceFigures()].consultationLengths.add(milliseconds: at.milliseconds(since: calledAt))
    }
}
