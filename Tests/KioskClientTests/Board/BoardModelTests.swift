import KioskClient
import WireProtocol
import QueueCore
import Testing

@Suite struct BoardModelTests {
    func called(_ number: String, desk: DeskID, language: LanguageCode = "fr", seq: UInt64) -> QueueEvent {
        QueueEvent(
            seq: seq, at: Fixtures.now,
            kind: .ticketCalled(Fixtures.ticket(number, language: language, state: .called(desk: desk, at: Fixtures.now))))
    }

    func synced() -> BoardModel {
        var model = BoardModel()
        model.sync(
            site: Fixtures.site,
            status: QueueStatus(
                at: Fixtures.now, day: nil, lastSeq: 0, utcOffsetSeconds: 3600, services: [], desks: [], recentCalls: []))
        return model
    }

    @Test func aCallIsShownLargeAndAnnouncedWithTheRoomInTheTicketsLanguage() {
        var model = synced()
        let call = model.apply(called("M-007", desk: "room-2", language: "ar", seq: 1))
        #expect(call?.announcement == "الرقم M 7، Salle 2.")
        let screen = BoardScreen.screen(model, size: Fixtures.size)
        #expect(screen.contains(BlockFont.render("M-007")[0]))
        #expect(screen.contains("M-007  →  Salle 2"))
    }

    @Test func frenchAnnouncement() {
        var model = synced()
        #expect(model.apply(called("S-012", desk: "room-1", seq: 1))?.announcement == "Numéro S 12, Salle 1.")
    }

    @Test func finishedCallsMoveToTheHistory() {
        var model = synced()
        _ = model.apply(called("M-001", desk: "room-1", seq: 1))
        _ = model.apply(called("M-002", desk: "room-2", seq: 2))
        let done = Fixtures.ticket("M-001", state: .done(at: Fixtures.now))
        #expect(model.apply(QueueEvent(seq: 3, at: Fixtures.now, kind: .ticketFinished(done))) == nil)
        #expect(model.currentCalls.map(\.ticket) == ["M-002"])
        #expect(model.recent.map(\.ticket) == ["M-002", "M-001"])
        let screen = BoardScreen.screen(model, size: Fixtures.size)
        #expect(screen.contains("Derniers appels"))
        #expect(screen.contains("M-001 → Salle 1"))
    }

    @Test func disconnectedBoardSaysItIsReconnecting() {
        var model = synced()
        model.connected = false
        #expect(BoardScreen.screen(model, size: Fixtures.size).contains("Connexion au serveur…"))
    }

    @Test func speechQueueIsSilentWithoutAProgram() async {
        let speech = SpeechQueue(program: "/nonexistent/espeak")
        #expect(await speech.isSilent)
        await speech.say("Numéro M 7, Salle 2.", language: "fr")
        #expect(await speech.spoken == ["Numéro M 7, Salle 2."])
    }
}
