import QueueCore

/// Draws the kiosk's state: pure, state and size in, `Screen` out. Right-to-left languages
/// get right-aligned lines; ticket numbers and codes are drawn in the block font.
public enum KioskScreen {
    public static let minimumSize = TerminalSize(rows: 16, columns: 40)

    public static func screen(_ model: KioskModel, size: TerminalSize, now: Timestamp) -> Screen {
        guard size.fits(minimumSize) else {
            return .tooSmall(size, needs: minimumSize, language: model.site?.languages.first ?? "fr")
        }
        var screen = Screen()
        screen.add(model.site?.name ?? "", .center, .bold)
        screen.blank()
        switch model.phase {
        case .language(let page): languages(&screen, model, page: page, size: size)
        case .service(let language): services(&screen, model, language, size: size)
        case .code(let language, let digits): code(&screen, language, digits, size: size)
        case .waiting(let request):
            screen.blank(size.rows / 3)
            screen.add(KioskText.text(.pleaseWait, request.language), .center, .bold)
        case .ticket(let ticket): self.ticket(&screen, ticket, model: model, size: size, now: now)
        case .refused(let language, let lines):
            screen.blank(2)
            for line in lines { screen.addWrapped(line, columns: size.columns - 4, .center, .bold) }
            screen.blank()
            footer(&screen, language, model: model, size: size, now: now)
        }
        return screen
    }

    static func languages(_ screen: inout Screen, _ model: KioskModel, page: Int, size: TerminalSize) {
        guard model.site != nil else {
            screen.blank(size.rows / 3)
            screen.add(KioskText.text(.reconnecting, "fr"), .center)
            screen.add(KioskText.text(.reconnecting, "en"), .center)
            return
        }
        let invitations = model.languages.prefix(4).map { KioskText.text(.chooseLanguage, $0) }
        let joined = invitations.joined(separator: " · ")
        if DisplayWidth.of(joined) <= size.columns - 2 {
            screen.add(joined, .center, .bold)
        } else {
            for invitation in invitations { screen.add(invitation, .center, .bold) }
        }
        screen.blank()
        let start = page * KioskModel.languagesPerPage
        let shown = model.languages.dropFirst(start).prefix(KioskModel.languagesPerPage)
        let spacious = screen.lines.count + shown.count * 2 + 3 <= size.rows
        for (offset, language) in shown.enumerated() {
            screen.add("      \(offset + 1)   \(KioskText.nativeName(language))", .left, .bold)
            if spacious { screen.blank() }
        }
        if model.pageCount > 1 {
            let more = model.languages.prefix(3).map { KioskText.text(.moreLanguages, $0) }.joined(separator: " / ")
            screen.add("      0   \(more) (\(page + 1)/\(model.pageCount))")
        }
        if !model.connected {
            screen.blank()
            screen.add(KioskText.text(.reconnecting, model.languages.first ?? "fr"), .center, .dim)
        }
    }

    static func services(_ screen: inout Screen, _ model: KioskModel, _ language: LanguageCode, size: TerminalSize) {
        let align: Screen.Alignment = KioskText.isRightToLeft(language) ? .right : .left
        let fallback = model.site?.languages.first
        screen.add(KioskText.text(.chooseService, language), align == .right ? .right : .center, .bold)
        screen.blank()
        let services = model.site?.services ?? []
        let options = services.map { $0.label(in: language, fallback: fallback) } + [KioskText.text(.appointmentOption, language)]
        let spacious = screen.lines.count + options.count * 2 + 2 <= size.rows
        for (index, label) in options.enumerated() {
            screen.add(option(index + 1, label, align), align, .bold)
            if spacious { screen.blank() }
        }
        screen.add(option(0, KioskText.text(.back, language), align), align)
    }

    static func code(_ screen: inout Screen, _ language: LanguageCode, _ digits: String, size: TerminalSize) {
        screen.add(KioskText.text(.enterCode, language), .center, .bold)
        screen.blank()
        let padded = digits + String(repeating: "_", count: 6 - digits.count)
        let shown = padded.prefix(3) + "-" + padded.dropFirst(3)
        if BlockFont.width(String(shown)) <= size.columns {
            for row in BlockFont.render(String(shown.replacing("_", with: " "))) { screen.add(row, .center) }
            screen.add(String(shown), .center, .dim)
        } else {
            screen.add(String(shown), .center, .bold)
        }
        screen.blank()
        screen.addWrapped(KioskText.text(.codeHelp, language), columns: size.columns - 2, .center)
    }

    static func ticket(_ screen: inout Screen, _ ticket: KioskTicket, model: KioskModel, size: TerminalSize, now: Timestamp) {
        let language = ticket.language
        screen.add(KioskText.text(.yourNumber, language), .center, .bold)
        screen.blank()
        if BlockFont.width(ticket.number) <= size.columns {
            for row in BlockFont.render(ticket.number) { screen.add(row, .center, .bold) }
        }
        screen.add(ticket.number, .center, .bold)
        screen.blank()
        screen.add(ticket.service, .center, .bold)
        if let estimate = ticket.estimate {
            screen.add(KioskText.text(.estimatedWait, language, ["minutes": "\(estimate.minutes)"]), .center)
            screen.add(
                estimate.peopleAhead == 0
                    ? KioskText.text(.nobodyAhead, language)
                    : KioskText.text(.peopleAhead, language, ["count": "\(estimate.peopleAhead)"]), .center)
        }
        screen.blank()
        switch ticket.printer {
        case .printed?, nil: screen.addWrapped(KioskText.text(.takePrintedTicket, language), columns: size.columns - 4, .center)
        case .missing?, .outOfPaper?, .failed?:
            screen.addWrapped(KioskText.text(.printerProblem, language), columns: size.columns - 4, .center, .inverse)
        }
        footer(&screen, language, model: model, size: size, now: now)
    }

    static func footer(_ screen: inout Screen, _ language: LanguageCode, model: KioskModel, size: TerminalSize, now: Timestamp) {
        let text = "\(KioskText.text(.backToStart, language)) (\(model.secondsLeft(now: now)) s)"
        while screen.lines.count < size.rows - 1 { screen.blank() }
        screen.add(text, .center, .dim)
    }

    /// "3   Psychologue", the digit first in reading order (a right-to-left terminal shows it at the right).
    static func option(_ digit: Int, _ label: String, _ alignment: Screen.Alignment) -> String {
        alignment == .right ? "\(digit)   \(label)      " : "      \(digit)   \(label)"
    }
}
