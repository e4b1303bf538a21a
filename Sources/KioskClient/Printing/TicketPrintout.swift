import QueueCore

/// What goes on a printed ticket, and its ESC/POS bytes: site name, date and time, the number
/// very large, the service, the estimated wait, and a language hint for the staff. Pure, so
/// the bytes are tested against a committed golden file.
public struct TicketPrintout: Hashable, Sendable {
    public var siteName: String
    public var number: String
    /// The service's label: in the patient's language if the printer can print it, else the site's.
    public var service: String
    public var issuedAt: LocalDateTime
    public var language: LanguageCode
    public var estimate: WaitEstimate?
    /// The language the fixed words are printed in (one the code page prints).
    public var printLanguage: LanguageCode

    public init(
        siteName: String, number: String, service: String, issuedAt: LocalDateTime, language: LanguageCode,
        estimate: WaitEstimate?, printLanguage: LanguageCode
    ) {
        self.siteName = siteName
        self.number = number
        self.service = service
        self.issuedAt = issuedAt
        self.language = language
        self.estimate = estimate
        self.printLanguage = printLanguage
    }

    /// The printout for `ticket`, with words in the patient's language when it prints in CP858,
    /// else in the site's first language.
    public init(ticket: Ticket, estimate: WaitEstimate?, site: SiteInfo) {
        let fallback = site.languages.first ?? "fr"
        let patient = ticket.language
        let patientWords = CodePage858.canEncode(KioskText.text(.yourNumber, patient))
        let printLanguage = patientWords ? patient : fallback
        let service = site.configuration.service(ticket.service)
        let patientLabel = service?.label(in: patient, fallback: fallback) ?? ticket.service.rawValue
        self.init(
            siteName: site.name, number: ticket.number.description,
            service: CodePage858.canEncode(patientLabel)
                ? patientLabel : (service?.label(in: printLanguage) ?? ticket.service.rawValue),
            issuedAt: site.localTime(at: ticket.arrivedAt), language: patient, estimate: estimate,
            printLanguage: printLanguage)
    }

    static let esc: UInt8 = 0x1B
    static let gs: UInt8 = 0x1D
    static let lineFeed: UInt8 = 0x0A

    /// The ESC/POS job: initialise, code page 858, centred text, sizes by `GS !`, feed, cut.
    public var escPosBytes: [UInt8] {
        var bytes: [UInt8] = [Self.esc, 0x40, Self.esc, 0x74, CodePage858.escPosTable, Self.esc, 0x61, 0x01]
        func line(_ text: String, size: UInt8 = 0x00, bold: Bool = false) {
            bytes += [Self.gs, 0x21, size, Self.esc, 0x45, bold ? 1 : 0]
            bytes += CodePage858.encode(text)
            bytes.append(Self.lineFeed)
        }
        line(siteName, size: 0x11, bold: true)
        line("\(issuedAt.date.day.zeroPadded(2))/\(issuedAt.date.month.zeroPadded(2))/\(issuedAt.date.year) \(issuedAt.time)")
        bytes.append(Self.lineFeed)
        line(KioskText.text(.yourNumber, printLanguage))
        line(number, size: 0x33, bold: true)
        bytes.append(Self.lineFeed)
        line(service, size: 0x01, bold: true)
        if let estimate {
            line(KioskText.text(.estimatedWait, printLanguage, ["minutes": "\(estimate.minutes)"]))
        }
        line(KioskText.text(.ticketLanguageHint, printLanguage, ["language": KioskText.latinName(language)]))
        bytes += [Self.gs, 0x21, 0x00, Self.esc, 0x45, 0x00]
        bytes += [Self.esc, 0x64, 0x04]  // feed four lines
        bytes += [Self.gs, 0x56, 0x42, 0x00]  // partial cut
        return bytes
    }
}
