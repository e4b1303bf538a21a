import Testing
import QueueCore

/// The language chosen at the kiosk stays with the ticket wherever it goes.
@Suite struct LanguageTests {
    @Test func theLanguageTravelsWithTheTicket() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", "ti", at: at(14))
        try queue.call("medecin-1", at: at(14, 5))
        try queue.run(.markNoShow(desk: "medecin-1"), at: at(14, 6))
        try queue.run(.reinstate(ticket.number), at: at(14, 10))
        try queue.run(.transfer(ticket.number, to: "nursing"), at: at(14, 11))
        try queue.call("infirmerie", at: at(14, 12))
        let languages = queue.events.compactMap { $0.ticket?.language }
        #expect(languages.count == 6)
        #expect(Set(languages) == ["ti"])
        #expect(queue.state.recentCalls.map(\.language) == ["ti", "ti"])
        #expect(queue.state.desksStatus.first { $0.desk == "infirmerie" }?.current?.language == "ti")
    }

    @Test func aCheckInTakesTheKioskLanguage() throws {
        var queue = Queue()
        let code = try queue.book("psy", on: Week.monday, "16:00-16:30", at: at(11))
        #expect(try queue.run(.checkIn(code: code.digits, language: "ar"), at: at(15)).ticket?.language == "ar")
    }

    @Test func languageCodesAreNormalised() {
        // Typed at run time, not literals (a literal would be checked when compiling).
        let typed = ["FR", "pt-BR", "prs"]
        #expect(typed.map { LanguageCode($0)?.rawValue } == ["fr", "pt-br", "prs"])
        for bad in ["", "f", "fran", "fr_BE", "fr-", "fr-b", "٤٤", "fr-BE-x"] { #expect(LanguageCode(bad) == nil) }
    }
}
