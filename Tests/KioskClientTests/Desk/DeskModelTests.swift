import KioskClient
import WireProtocol
import QueueCore
import Testing

@Suite struct DeskModelTests {
    let today = LocalDate("2026-11-24")!

    func model(current: Ticket? = nil, open: Bool = true) -> DeskModel {
        var model = DeskModel(desk: "room-2", language: "fr")
        model.site = Fixtures.site
        model.connected = true
        model.status = QueueStatus(
            at: Fixtures.now, day: today, lastSeq: 3, utcOffsetSeconds: 3600,
            services: [
                QueueState.ServiceStatus(
                    service: "medical", waiting: 3, oldestArrival: Fixtures.now.adding(minutes: -25), openDesks: 1,
                    estimate: WaitEstimate(peopleAhead: 3, minutes: 45)),
                QueueState.ServiceStatus(
                    service: "social", waiting: 0, oldestArrival: nil, openDesks: 1,
                    estimate: WaitEstimate(peopleAhead: 0, minutes: 15)),
            ],
            desks: [QueueState.DeskStatus(desk: "room-2", isOpen: open, current: current)], recentCalls: [])
        return model
    }

    @Test func singleKeysForTheFrequentActions() {
        let called = Fixtures.ticket("M-004", language: "ar", state: .called(desk: "room-2", at: Fixtures.now))
        var desk = model(current: called)
        #expect(desk.press(.character(" "), today: today) == .callNext)
        #expect(desk.press(.enter, today: today) == .callNext)
        #expect(desk.press(.character("r"), today: today) == .recall)
        #expect(desk.press(.character("d"), today: today) == .finish)
        #expect(desk.press(.character("n"), today: today) == .noShow)
        #expect(desk.press(.character("p"), today: today) == .pause)
        #expect(model(open: false).pressing(.character("p"), today: today) == .open)
    }

    @Test func transferPicksAServiceByDigit() {
        var desk = model(current: Fixtures.ticket("M-004", state: .called(desk: "room-2", at: Fixtures.now)))
        #expect(desk.press(.character("t"), today: today) == nil)
        #expect(desk.press(.character("2"), today: today) == .transfer(TicketNumber("M-004")!, to: "social"))
    }

    @Test func reinstateOffersTheLastNoShow() {
        var desk = model(current: Fixtures.ticket("M-004", state: .called(desk: "room-2", at: Fixtures.now)))
        _ = desk.press(.character("n"), today: today)
        _ = desk.press(.character("i"), today: today)
        #expect(desk.prompt == .reinstate("M-004"))
        #expect(desk.press(.enter, today: today) == .reinstate(TicketNumber("M-004")!))
    }

    @Test func bookingAsksServiceDayAndTime() {
        var desk = model()
        _ = desk.press(.character("b"), today: today)
        _ = desk.press(.character("1"), today: today)
        #expect(desk.prompt == .bookDay("medical", "2026-11-24"))
        _ = desk.press(.enter, today: today)
        for c in "10:00-10:30" { _ = desk.press(.character(c), today: today) }
        let action = desk.press(.enter, today: today)
        #expect(action == .book(service: "medical", day: today, window: TimeWindow("10:00-10:30")!))
    }

    @Test func screenShowsLanguageHintAndWaiting() {
        let called = Fixtures.ticket("M-004", language: "ar", state: .called(desk: "room-2", at: Fixtures.now))
        let screen = DeskScreen.screen(model(current: called), size: Fixtures.size, now: Fixtures.now)
        #expect(screen.contains("Patient appelé: M-004   Médecin"))
        #expect(screen.contains("langue: العربية (ar)  ◀"))
        #expect(screen.contains("Médecin                3   plus longue attente 25 min"))
        #expect(screen.contains("[␣] Suivant"))
    }
}

extension DeskModel {
    func pressing(_ key: Key, today: LocalDate) -> DeskAction? {
        var copy = self
        return copy.press(key, today: today)
    }
}
