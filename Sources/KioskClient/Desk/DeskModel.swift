import QueueCore
import WireProtocol

/// The clinician's desk as a pure model: single keys for the frequent actions (space/Enter
/// next, r recall, n no-show, d done, p pause/resume), short prompts for the rest (i reinstate,
/// t transfer, b book), and what the desk shows: its called ticket and its language (an
/// interpreter may be needed), waiting counts per service and the oldest wait.
public struct DeskModel: Sendable {
    public enum Prompt: Hashable, Sendable {
        case none
        case reinstate(String)
        case transfer
        case bookService
        case bookDay(ServiceID, String)
        case bookTime(ServiceID, LocalDate, String)
    }

    public let desk: DeskID
    public let language: LanguageCode
    public var site: SiteInfo?
    public var status: QueueStatus?
    public private(set) var prompt = Prompt.none
    /// The last result or error, one line.
    public var message: String?
    public var connected = false
    /// The last ticket marked no-show here, offered for reinstating.
    public private(set) var lastNoShow: String?

    public init(desk: DeskID, language: LanguageCode) {
        self.desk = desk
        self.language = language
    }

    public var deskStatus: QueueState.DeskStatus? { status?.desks.first { $0.desk == desk } }
    public var current: Ticket? { deskStatus?.current }
    public var isOpen: Bool { deskStatus?.isOpen ?? false }
    /// The services this desk calls from, in the site's order.
    public var services: [Service] {
        let served = site?.configuration.desk(desk)?.services ?? []
        return (site?.services ?? []).filter { served.contains($0.id) }
    }

    public mutating func press(_ key: Key, today: LocalDate) -> DeskAction? {
        switch prompt {
        case .none: return pressAction(key)
        case .reinstate(let text):
            guard let typed = edit(key, text, { .reinstate($0) }) else { return nil }
            guard let number = TicketNumber(typed) else { return retry(.reinstate(typed)) }
            return .reinstate(number)
        case .transfer:
            prompt = .none
            guard let digit = key.digit, digit >= 1, let all = site?.services, digit <= all.count, let ticket = current
            else { return nil }
            return .transfer(ticket.number, to: all[digit - 1].id)
        case .bookService:
            prompt = .none
            guard let digit = key.digit, digit >= 1, let all = site?.services, digit <= all.count else { return nil }
            prompt = .bookDay(all[digit - 1].id, today.description)
            return nil
        case .bookDay(let service, let text):
            guard let typed = edit(key, text, { .bookDay(service, $0) }) else { return nil }
            guard let day = LocalDate(typed) else { return retry(.bookDay(service, typed)) }
            prompt = .bookTime(service, day, "")
            return nil
        case .bookTime(let service, let day, let text):
            guard let typed = edit(key, text, { .bookTime(service, day, $0) }) else { return nil }
            guard let window = TimeWindow(typed) else { return retry(.bookTime(service, day, typed)) }
            return .book(service: service, day: day, window: window)
        }
    }

    /// Keeps the prompt open after input that does not parse.
    private mutating func retry(_ prompt: Prompt) -> DeskAction? {
        self.prompt = prompt
        message = "?"
        return nil
    }

    private mutating func pressAction(_ key: Key) -> DeskAction? {
        switch key {
        case .character(" "), .enter: return .callNext
        case .character("r"): return current == nil ? nil : .recall
        case .character("n"):
            lastNoShow = current?.number.description
            return current == nil ? nil : .noShow
        case .character("d"): return current == nil ? nil : .finish
        case .character("p"): return isOpen ? .pause : .open
        case .character("i"): prompt = .reinstate(lastNoShow ?? "")
        case .character("t"): if current != nil { prompt = .transfer }
        case .character("b"): prompt = .bookService
        case .character("q"), .interrupt: return .quit
        default: break
        }
        return nil
    }

    /// Line editing in a prompt: characters append, Backspace erases, Esc cancels; Enter closes
    /// the prompt and returns the text typed.
    private mutating func edit(_ key: Key, _ text: String, _ make: (String) -> Prompt) -> String? {
        switch key {
        case .escape: prompt = .none
        case .backspace: prompt = make(String(text.dropLast()))
        case .enter:
            prompt = .none
            return text
        case .character(let c): prompt = make(text + String(c))
        default: break
        }
        return nil
    }

    /// Records the result of an action.
    public mutating func finished(_ action: DeskAction, _ result: Result<CommandReply, ClientError>) {
        switch result {
        case .failure(let error): message = error.description
        case .success(let reply):
            switch action {
            case .callNext:
                message = reply.ticket.map { KioskText.text(.deskCalled, language, ["ticket": $0.number.description]) }
                    ?? KioskText.text(.deskNobodyWaiting, language)
            case .book:
                message = reply.appointment.map { KioskText.text(.deskBooked, language, ["code": $0.code.description]) }
            default:
                message = reply.ticket.map { "\($0.number): \($0.state)" }
            }
        }
    }
}
