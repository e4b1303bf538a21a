import KioskClient
import WireProtocol
import QueueCore
import Testing

@Suite struct KioskModelTests {
    var keys = 0
    mutating func key() -> IdempotencyKey {
        keys += 1
        return IdempotencyKey(rawValue: "press-\(keys)")
    }

    func model() -> KioskModel {
        var model = KioskModel(site: Fixtures.site, now: Fixtures.now)
        model.connected = true
        return model
    }

    @Test mutating func languageThenServiceSendsOneTakeWithAFreshKey() {
        var model = model()
        #expect(model.press(.character("4"), now: Fixtures.now, makeKey: { key() }) == nil)
        #expect(model.phase == .service("ar"))
        let request = model.press(.character("1"), now: Fixtures.now, makeKey: { key() })
        #expect(request == .take(service: "medical", language: "ar", key: IdempotencyKey(rawValue: "press-1")))
    }

    @Test mutating func aDoublePressMakesOneRequest() {
        var model = model()
        _ = model.press(.character("1"), now: Fixtures.now, makeKey: { key() })
        let first = model.press(.character("2"), now: Fixtures.now, makeKey: { key() })
        let second = model.press(.character("2"), now: Fixtures.now, makeKey: { key() })
        #expect(first != nil)
        #expect(second == nil)
        model.receive(.issued(CommandReply(ticket: Fixtures.ticket("S-001", service: "social"))), now: Fixtures.now)
        // On the ticket screen more presses of the digit do nothing either.
        #expect(model.press(.character("2"), now: Fixtures.now, makeKey: { key() }) == nil)
        #expect(keys == 1)
    }

    @Test mutating func appointmentCodeIsTypedThenSent() {
        var model = model()
        _ = model.press(.character("2"), now: Fixtures.now, makeKey: { key() })
        _ = model.press(.character("3"), now: Fixtures.now, makeKey: { key() })
        for digit in "48291" { _ = model.press(.character(digit), now: Fixtures.now, makeKey: { key() }) }
        #expect(model.press(.enter, now: Fixtures.now, makeKey: { key() }) == nil, "five digits are not a code")
        _ = model.press(.character("3"), now: Fixtures.now, makeKey: { key() })
        #expect(model.press(.enter, now: Fixtures.now, makeKey: { key() }) == .checkIn(code: "482913", language: "nl"))
    }

    @Test mutating func resultScreensReturnToTheStartByThemselves() {
        var model = model()
        _ = model.press(.character("1"), now: Fixtures.now, makeKey: { key() })
        _ = model.press(.character("1"), now: Fixtures.now, makeKey: { key() })
        model.receive(.issued(CommandReply(ticket: Fixtures.ticket("M-007"))), now: Fixtures.now)
        model.tick(now: Fixtures.now.adding(milliseconds: 19_000))
        #expect(model.phase != .language(page: 0))
        model.tick(now: Fixtures.now.adding(milliseconds: 20_000))
        #expect(model.phase == .language(page: 0))
    }

    @Test mutating func closedSaysWhenToComeBackInThePatientsLanguage() {
        var model = model()
        _ = model.press(.character("1"), now: Fixtures.now, makeKey: { key() })
        _ = model.press(.character("1"), now: Fixtures.now, makeKey: { key() })
        let error = ClientError(
            .failedPrecondition, "the site is closed now",
            detail: .with {
                $0.reason = .closed
                $0.nextOpening = .with {
                    $0.local = "2026-11-25 10:00"
                    $0.atMs = 0
                }
            })
        model.receive(.refused(error), now: Fixtures.now)
        #expect(model.phase == .refused("fr", ["C'est fermé pour le moment.", "Revenez le mercredi 25/11 à partir de 10:00."]))
    }
}

@Suite struct KioskScreenTests {
    func screen(_ model: KioskModel) -> Screen { KioskScreen.screen(model, size: Fixtures.size, now: Fixtures.now) }

    @Test func startScreenInvitesInEveryLanguage() {
        var model = KioskModel(site: Fixtures.site, now: Fixtures.now)
        model.connected = true
        let text = screen(model).plain()
        #expect(text[0].contains("Centre d'accueil"))
        #expect(text.contains { $0.contains("Choisissez votre langue · Kies uw taal · Choose your language · اختر لغتك") })
        #expect(text.contains { $0.hasPrefix("      4   العربية") })
    }

    @Test func servicesInArabicAreRightAligned() {
        var model = KioskModel(site: Fixtures.site, now: Fixtures.now)
        _ = model.press(.character("4"), now: Fixtures.now, makeKey: { IdempotencyKey(rawValue: "k") })
        let lines = screen(model).text(in: Fixtures.size)
        let doctor = lines.first { $0.contains("طبيب") }
        #expect(doctor?.hasSuffix("1   طبيب      ") == true)
        #expect(lines.contains { $0.contains("لدي موعد (رمز)") })
    }

    @Test func ticketScreenShowsTheNumberLargeAndTheWait() {
        var model = KioskModel(site: Fixtures.site, now: Fixtures.now)
        _ = model.press(.character("1"), now: Fixtures.now, makeKey: { IdempotencyKey(rawValue: "k") })
        _ = model.press(.character("1"), now: Fixtures.now, makeKey: { IdempotencyKey(rawValue: "k") })
        model.receive(
            .issued(CommandReply(ticket: Fixtures.ticket("M-007"), estimate: WaitEstimate(peopleAhead: 2, minutes: 30))),
            now: Fixtures.now)
        model.printed(.outOfPaper)
        let text = screen(model)
        #expect(text.contains("Votre numéro"))
        #expect(text.contains(String(BlockFont.render("M-007")[2].dropLast())))
        #expect(text.contains("Médecin"))
        #expect(text.contains("Attente estimée : environ 30 min"))
        #expect(text.contains("2 personne(s) avant vous"))
        #expect(text.contains("Pas de ticket imprimé : retenez votre numéro."))
        #expect(text.contains("Entrée : terminer (20 s)"))
    }

    @Test func tooSmallTerminalSaysSo() {
        let model = KioskModel(site: Fixtures.site, now: Fixtures.now)
        let small = TerminalSize(rows: 10, columns: 30)
        let text = KioskScreen.screen(model, size: small, now: Fixtures.now).text(in: small).joined(separator: " ")
        #expect(text.contains("Terminal trop petit"))
    }
}
