import QueueCore

/// The entrance kiosk as a pure state machine: language first, then the consultation type (a
/// digit each) or an appointment code, then the ticket. Keys, replies and clock ticks go in;
/// requests come out for the I/O layer to run; `KioskScreen` draws the state.
///
/// A double press never makes two tickets: keys are ignored while a request is out, the
/// ticket screen ignores digits, and the request's idempotency key is made once per press.
public struct KioskModel: Sendable {
    public enum Phase: Hashable, Sendable {
        case language(page: Int)
        case service(LanguageCode)
        case code(LanguageCode, digits: String)
        case waiting(KioskRequest)
        case ticket(KioskTicket)
        case refused(LanguageCode, [String])
    }

    public var site: SiteInfo?
    public private(set) var phase: Phase = .language(page: 0)
    /// When the last key was pressed or the phase changed.
    public private(set) var since: Timestamp
    /// Result screens (ticket, refusal) go back to the start after this long.
    public var resultTimeout: Int64 = 20_000
    /// Choice screens go back to the start after this long without a key.
    public var idleTimeout: Int64 = 60_000
    /// Whether the server is reachable now (the start screen says so when it is not).
    public var connected = false

    public static let languagesPerPage = 9

    public init(site: SiteInfo? = nil, now: Timestamp) {
        self.site = site
        self.since = now
    }

    /// The languages offered, in the site's order.
    public var languages: [LanguageCode] { site?.languages ?? ["fr", "nl", "en", "ar"] }

    var pageCount: Int { max(1, (languages.count + Self.languagesPerPage - 1) / Self.languagesPerPage) }

    /// A key press; returns the request to send, if the press asks for one.
    public mutating func press(_ key: Key, now: Timestamp, makeKey: () -> IdempotencyKey) -> KioskRequest? {
        switch phase {
        case .language(let page):
            guard let digit = key.digit, site != nil else { return nil }
            if digit == 0 {
                move(to: .language(page: (page + 1) % pageCount), now)
                return nil
            }
            let index = page * Self.languagesPerPage + digit - 1
            guard digit >= 1, index < languages.count else { return nil }
            move(to: .service(languages[index]), now)
        case .service(let language):
            guard let digit = key.digit, let services = site?.services else {
                if key == .escape || key == .backspace { move(to: .language(page: 0), now) }
                return nil
            }
            if digit == 0 {
                move(to: .language(page: 0), now)
            } else if digit <= services.count {
                let request = KioskRequest.take(service: services[digit - 1].id, language: language, key: makeKey())
                move(to: .waiting(request), now)
                return request
            } else if digit == services.count + 1 {
                move(to: .code(language, digits: ""), now)
            }
        case .code(let language, let digits):
            return pressInCode(key, language: language, digits: digits, now: now)
        case .waiting:
            return nil
        case .ticket, .refused:
            if key == .enter || key == .escape { move(to: .language(page: 0), now) }
        }
        return nil
    }

    private mutating func pressInCode(_ key: Key, language: LanguageCode, digits: String, now: Timestamp) -> KioskRequest? {
        if let digit = key.digit {
            if digits.isEmpty, digit == 0 {
                move(to: .service(language), now)
            } else if digits.count < 6 {
                move(to: .code(language, digits: digits + "\(digit)"), now)
            }
            return nil
        }
        switch key {
        case .backspace, .character("*"), .character("."), .character(","):
            move(to: .code(language, digits: String(digits.dropLast())), now)
        case .escape:
            move(to: .service(language), now)
        case .enter, .character("#"):
            guard digits.count == 6 else { return nil }
            let request = KioskRequest.checkIn(code: digits, language: language)
            move(to: .waiting(request), now)
            return request
        default: break
        }
        return nil
    }

    /// The answer to the request out.
    public mutating func receive(_ outcome: KioskOutcome, now: Timestamp) {
        guard case .waiting(let request) = phase else { return }
        let language = request.language
        switch outcome {
        case .issued(let reply):
            guard let ticket = reply.ticket else {
                move(to: .refused(language, [KioskText.text(.refused, language)]), now)
                return
            }
            let label = site?.configuration.service(ticket.service)?.label(in: language, fallback: site?.languages.first)
            move(
                to: .ticket(
                    KioskTicket(
                        number: ticket.number.description, service: label ?? ticket.service.rawValue,
                        language: language, estimate: reply.estimate, printer: nil)), now)
        case .refused(let error):
            move(to: .refused(language, RefusalText.lines(for: error, in: language)), now)
        case .unreachable:
            move(to: .refused(language, [KioskText.text(.unreachable, language)]), now)
        }
    }

    /// What became of the printed ticket.
    public mutating func printed(_ outcome: TicketPrinter.Outcome) {
        guard case .ticket(var ticket) = phase else { return }
        ticket.printer = outcome
        phase = .ticket(ticket)
    }

    /// The clock: result screens and abandoned choices go back to the start.
    public mutating func tick(now: Timestamp) {
        let elapsed = now.milliseconds(since: since)
        switch phase {
        case .ticket, .refused:
            if elapsed >= resultTimeout { move(to: .language(page: 0), now) }
        case .service, .code, .language(page: 1...):
            if elapsed >= idleTimeout { move(to: .language(page: 0), now) }
        case .language, .waiting:
            break
        }
    }

    /// Seconds left before a result screen goes back to the start.
    public func secondsLeft(now: Timestamp) -> Int {
        Int(max(0, resultTimeout - now.milliseconds(since: since)) + 999) / 1000
    }

    private mutating func move(to phase: Phase, _ now: Timestamp) {
        self.phase = phase
        since = now
    }
}

/// A ticket as the kiosk shows it.
public struct KioskTicket: Hashable, Sendable {
    public var number: String
    public var service: String
    public var language: LanguageCode
    public var estimate: WaitEstimate?
    /// Nil until the printer answered (or when there is no printer).
    public var printer: TicketPrinter.Outcome?
}
