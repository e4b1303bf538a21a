import Glibc
import KioskClient
import QueueCore

/// The site the client tests use: two services with labels in four languages, two desks.
enum Fixtures {
    static let configuration = SiteConfiguration(
        name: "Centre d'accueil", timeZone: .fixed(offsetSeconds: 3600, identifier: "Europe/Brussels"),
        services: [
            Service(id: "medical", prefix: "M", labels: ["fr": "Médecin", "nl": "Arts", "en": "Doctor", "ar": "طبيب"]),
            Service(
                id: "social", prefix: "S",
                labels: ["fr": "Service social", "nl": "Sociale dienst", "en": "Social worker", "ar": "أخصائي اجتماعي"]),
        ],
        desks: [
            Desk(id: "room-1", label: "Salle 1", services: ["medical"]),
            Desk(id: "room-2", label: "Salle 2", services: ["medical", "social"]),
        ],
        languages: ["fr", "nl", "en", "ar"])

    static let site = SiteInfo(configuration: configuration, utcOffsetSeconds: 3600)

    /// Tuesday 2026-11-24 10:00 in Brussels.
    static let now = Timestamp(millisecondsSinceEpoch: 1_795_510_800_000)

    static func ticket(
        _ number: String, service: ServiceID = "medical", language: LanguageCode = "fr", state: TicketState = .waiting,
        id: Int64 = 1
    ) -> Ticket {
        Ticket(
            id: TicketID(id), number: TicketNumber(number)!, day: LocalDate("2026-11-24")!, service: service,
            language: language, arrivedAt: now, state: state)
    }

    static let size = TerminalSize(rows: 24, columns: 80)

    /// The directory of this test target's fixtures.
    static var directory: String {
        let file = #filePath
        let support = file[..<file.lastIndex(of: "/")!]
        return support[..<support.lastIndex(of: "/")!] + "/Fixtures"
    }

    static func read(_ path: String) -> [UInt8]? { FileBytes.read(path) }

    static func write(_ bytes: [UInt8], to path: String) {
        guard let file = fopen(path, "wb") else { return }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }

    /// A fresh directory under /tmp.
    static func temporaryDirectory() -> String {
        var template = Array("/tmp/kiosk-client-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        return String(cString: made!)
    }

    static func remove(_ directory: String) {
        _ = system("rm -rf '\(directory)'")
    }
}

extension Screen {
    /// The screen's text at 80×24, trailing spaces trimmed, empty lines kept.
    func plain(_ size: TerminalSize = Fixtures.size) -> [String] {
        text(in: size).map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
    }

    func contains(_ text: String) -> Bool { plain().contains { $0.contains(text) } }
}
