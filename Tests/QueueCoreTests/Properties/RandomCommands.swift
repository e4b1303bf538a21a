import QueueCore

/// Random commands for the property tests: mostly sensible ones, with unknown services and desks,
/// bad keys, mistyped codes, finished tickets and impossible slots mixed in.
struct RandomCommands {
    var rng: SplitMix64
    let site: SiteConfiguration
    /// Codes staff booked, so check-ins sometimes use a real one.
    var booked: [AppointmentCode] = []

    static let languages: [LanguageCode] = ["fr", "nl", "en", "ar", "ro", "ti"]
    static let keys = (0..<15).map { "kiosk-\($0)" }

    init(seed: UInt64, site: SiteConfiguration) {
        rng = SplitMix64(seed: seed)
        self.site = site
    }

    /// The next clock reading: a few minutes on (often the same instant), and in the evening
    /// usually the next morning, sometimes exactly midnight, sometimes a day or two later.
    mutating func advance(_ now: Timestamp) -> Timestamp {
        let zone = site.timeZone
        let local = zone.localDateTime(at: now)
        let evening = local.hour >= 19 || local.hour < 8
        switch rng.below(1000) {
        case 0..<(evening ? 300 : 3):
            let date = local.date.adding(days: 1 + (rng.chance(15) ? rng.within(1...2) : 0))
            return zone.timestamp(of: LocalDateTime(date: date, secondsOfDay: rng.within(9 * 3600...11 * 3600)))
        case 300..<330 where evening:
            return zone.timestamp(of: LocalDateTime(date: local.date.adding(days: 1), secondsOfDay: 0))
        case 330..<500:
            return now
        default:
            return now.adding(milliseconds: Int64(rng.within(1...8 * 60_000)))
        }
    }

    mutating func command(for state: QueueState, now: Timestamp) -> QueueCommand {
        switch rng.below(100) {
        case 0..<28:
            return .takeTicket(service: service(), language: language(), urgent: rng.chance(8), idempotencyKey: key())
        case 28..<34: return .checkIn(code: code(), language: language())
        case 34..<56: return .callNext(desk: desk(), language: rng.chance(20) ? language() : nil)
        case 56..<59: return .recall(desk: desk())
        case 59..<64: return .markNoShow(desk: desk())
        case 64..<70: return .finish(desk: desk())
        case 70..<73: return .reinstate(number(in: state, preferring: { $0.state.kind == .noShow }))
        case 73..<77: return .transfer(number(in: state), to: service())
        case 77..<80: return .cancel(number(in: state))
        case 80..<83: return .flagUrgent(number(in: state, preferring: { $0.state == .waiting }))
        case 83..<86: return .openDesk(desk())
        case 86..<89: return .pauseDesk(desk())
        case 89..<95: return booking(now: now)
        case 95..<97: return .cancelAppointment(code: code())
        default: return .rollOver
        }
    }

    private mutating func service() -> ServiceID {
        rng.chance(5) ? "dentist" : rng.pick(site.services).id
    }

    private mutating func desk() -> DeskID {
        rng.chance(4) ? "ghost" : rng.pick(site.desks).id
    }

    private mutating func language() -> LanguageCode { rng.pick(Self.languages) }

    private mutating func key() -> String? {
        switch rng.below(100) {
        case 0..<35: return rng.pick(Self.keys)
        case 35..<37: return ""
        case 37..<39: return String(repeating: "k", count: 65)
        default: return nil
        }
    }

    /// Mostly a number of today (often one `preferring` likes), sometimes one nobody has.
    private mutating func number(in state: QueueState, preferring: (Ticket) -> Bool = { _ in true }) -> TicketNumber {
        let today = state.tickets.values.sorted { $0.id < $1.id }
        let liked = today.filter(preferring)
        if !liked.isEmpty, rng.chance(60) { return rng.pick(liked).number }
        if !today.isEmpty, !rng.chance(10) { return rng.pick(today).number }
        return TicketNumber(prefix: rng.pick(["M", "N", "S", "P", "Z"]), number: rng.within(1...40))
    }

    private mutating func code() -> String {
        switch rng.below(100) {
        case 0..<55 where !booked.isEmpty: return rng.pick(booked).description
        case 0..<70: return AppointmentCode(entropy: rng.next()).digits
        case 70..<90: return String(rng.within(100_000...999_999))
        default: return rng.pick(["", "12345", "abc-def", "1234567"])
        }
    }

    private mutating func booking(now: Timestamp) -> QueueCommand {
        let today = site.timeZone.localDate(at: now)
        let day = rng.chance(3) ? today.adding(days: 400) : today.adding(days: rng.within(-1...3))
        let start = rng.within(32...78) * 15
        let window = TimeWindow(start: TimeOfDay(minutes: start)!, end: TimeOfDay(minutes: start + rng.within(1...4) * 15)!)!
        return .bookAppointment(service: service(), day: day, window: window, entropy: rng.next())
    }
}
