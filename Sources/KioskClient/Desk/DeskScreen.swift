import QueueCore

/// Draws the desk: header (desk, open or paused), the called ticket with its language, waiting
/// per service with the oldest wait, the prompt if any, the keys, and the last message.
public enum DeskScreen {
    public static let minimumSize = TerminalSize(rows: 16, columns: 60)

    public static func screen(_ model: DeskModel, size: TerminalSize, now: Timestamp) -> Screen {
        let l = model.language
        guard size.fits(minimumSize) else { return .tooSmall(size, needs: minimumSize, language: l) }
        func t(_ key: TextKey, _ values: [String: String] = [:]) -> String { KioskText.text(key, l, values) }
        var screen = Screen()
        let label = model.site?.deskLabel(model.desk) ?? model.desk.rawValue
        let state = model.isOpen ? t(.deskOpen) : t(.deskPaused)
        screen.add("\(t(.deskTitle)) \(label)  [\(state)]  \(model.site?.name ?? "")", .left, .inverse)
        screen.blank()
        if let ticket = model.current {
            screen.add("\(t(.deskCurrent)): \(ticket.number)   \(serviceLabel(ticket.service, model))", .left, .bold)
            let hint = "\(t(.deskLanguage)): \(KioskText.nativeName(ticket.language)) (\(ticket.language))"
            screen.add(ticket.language == l ? hint : "\(hint)  ◀", .left, ticket.language == l ? .normal : .inverse)
        } else {
            screen.add(t(.deskNobodyCalled), .left, .bold)
            screen.blank()
        }
        screen.blank()
        screen.add(t(.deskWaiting), .left, .bold)
        for service in model.services {
            let status = model.status?.services.first { $0.service == service.id }
            var line = "  \(pad(service.label(in: l, fallback: model.site?.languages.first), 22)) \(status?.waiting ?? 0)"
            if let oldest = status?.oldestArrival {
                line += "   \(t(.deskOldest)) \(max(0, now.milliseconds(since: oldest)) / 60_000) \(t(.minutes))"
            }
            screen.add(line)
        }
        screen.blank()
        promptLines(&screen, model, t)
        while screen.lines.count < size.rows - 3 { screen.blank() }
        screen.add(
            "[␣] \(t(.deskCallNext))  [r] \(t(.deskRecall))  [n] \(t(.deskNoShow))  [d] \(t(.deskDone))  "
                + "[p] \(model.isOpen ? t(.deskPause) : t(.deskResume))")
        screen.add("[i] \(t(.deskReinstate))  [t] \(t(.deskTransfer))  [b] \(t(.deskBook))  [q] \(t(.deskQuit))")
        screen.add(model.connected ? (model.message ?? "") : t(.reconnecting), .left, .dim)
        return screen
    }

    static func promptLines(_ screen: inout Screen, _ model: DeskModel, _ t: (TextKey, [String: String]) -> String) {
        switch model.prompt {
        case .none: break
        case .reinstate(let text): screen.add("\(t(.deskTypeTicket, [:])): \(text)_", .left, .bold)
        case .transfer, .bookService:
            screen.add(t(.deskPickService, [:]), .left, .bold)
            for (index, service) in (model.site?.services ?? []).enumerated() {
                screen.add("  \(index + 1)  \(service.label(in: model.language, fallback: model.site?.languages.first))")
            }
        case .bookDay(_, let text): screen.add("\(t(.deskBookDay, [:])): \(text)_", .left, .bold)
        case .bookTime(_, _, let text): screen.add("\(t(.deskBookTime, [:])): \(text)_", .left, .bold)
        }
    }

    static func serviceLabel(_ id: ServiceID, _ model: DeskModel) -> String {
        model.site?.configuration.service(id)?.label(in: model.language, fallback: model.site?.languages.first) ?? id.rawValue
    }

    static func pad(_ text: String, _ width: Int) -> String { DisplayWidth.fit(text, width, .left) }
}
