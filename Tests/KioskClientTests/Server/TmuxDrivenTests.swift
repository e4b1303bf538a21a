import Glibc
import KioskClient
import QueueCore
import Testing

/// `queuectl kiosk`, `desk` and `board` driven in tmux against a real server, as a person
/// would: keys sent, the screen read back. Skipped when tmux or the built binary is missing
/// (`swift build --build-tests` builds it).
@Suite(.serialized, .enabled(if: Tmux.available && Tmux.queuectl != nil))
struct TmuxDrivenTests {
    func command(_ mode: String, _ server: LiveServer, token: String, _ extra: String = "") -> String {
        "QUEUECTL_TOKEN=\(token) \(Tmux.queuectl!) \(mode) --server unix:\(server.unixPath) \(extra)"
    }

    func dump(_ name: String, _ pane: String) {
        if let directory = getenv("TUI_CAPTURE_DIR") {
            Fixtures.write(Array(pane.utf8), to: String(cString: directory) + "/\(name).txt")
        }
    }

    @Test func aPatientTakesATicketInFrenchAndInArabic() async throws {
        let server = try await LiveServer()
        let tickets = server.directory + "/tickets.escpos"
        let kiosk = Tmux.start("kiosk", command("kiosk", server, token: LiveServer.kioskToken, "--printer \(tickets)"))
        defer { kiosk.kill() }
        var seen = await kiosk.waitFor("1   Français")
        #expect(seen.found, "start screen:\n\(seen.pane)")
        dump("kiosk-1-start", seen.pane)
        kiosk.send("1")
        seen = await kiosk.waitFor("Choisissez le type de consultation")
        #expect(seen.found)
        dump("kiosk-2-services-fr", seen.pane)
        kiosk.send("1")
        kiosk.send("1")  // a double press
        seen = await kiosk.waitFor("Votre numéro")
        #expect(seen.found, "ticket screen:\n\(seen.pane)")
        seen = await kiosk.waitFor("Prenez votre ticket imprimé")
        dump("kiosk-3-ticket-fr", seen.pane)
        #expect(seen.pane.contains("M-001"))
        #expect(seen.pane.contains("Médecin"))
        kiosk.send("Enter")
        seen = await kiosk.waitFor("1   Français")
        kiosk.send("4")
        seen = await kiosk.waitFor("اختر نوع الاستشارة")
        #expect(seen.found)
        dump("kiosk-4-services-ar", seen.pane)
        kiosk.send("2")
        seen = await kiosk.waitFor("رقمك")
        #expect(seen.found)
        seen = await kiosk.waitFor("خذ تذكرتك")
        dump("kiosk-5-ticket-ar", seen.pane)
        #expect(seen.pane.contains("S-001"))

        let admin = try await LiveServer.client(server.unix, token: LiveServer.adminToken)
        let status = try await admin.getStatus()
        #expect(status.services.map(\.waiting) == [1, 1], "the double press made one ticket")
        #expect((Fixtures.read(tickets)?.count ?? 0) > 100, "two tickets printed")
        await admin.close()
        await server.finish()
    }

    @Test func theDeskCallsAndSeesTheLanguage() async throws {
        let server = try await LiveServer()
        let admin = try await LiveServer.client(server.unix, token: LiveServer.adminToken)
        _ = try await admin.openDesk("room-2")
        _ = try await admin.takeTicket(service: "social", language: "ar", idempotencyKey: "a")
        let desk = Tmux.start("desk", command("desk", server, token: LiveServer.deskToken, "--desk room-2"))
        defer { desk.kill() }
        var seen = await desk.waitFor("[␣] Suivant")
        #expect(seen.found, "desk screen:\n\(seen.pane)")
        seen = await desk.waitFor("Service social")
        dump("desk-1-waiting", seen.pane)
        desk.send("Space")
        seen = await desk.waitFor("Patient appelé: S-001")
        #expect(seen.found, "after call:\n\(seen.pane)")
        #expect(seen.pane.contains("langue: العربية (ar)"))
        dump("desk-2-called", seen.pane)
        desk.send("d")
        seen = await desk.waitFor("Personne n'est appelé")
        #expect(seen.found)
        await admin.close()
        await server.finish()
    }

    @Test func theBoardShowsCallsAndSurvivesARestart() async throws {
        let server = try await LiveServer()
        let board = Tmux.start("board", command("board", server, token: LiveServer.displayToken, "--silent"))
        defer { board.kill() }
        var seen = await board.waitFor("Votre numéro s'affichera ici")
        #expect(seen.found, "board:\n\(seen.pane)")
        let admin = try await LiveServer.client(server.unix, token: LiveServer.adminToken)
        _ = try await admin.openDesk("room-2")
        _ = try await admin.takeTicket(service: "medical", language: "fr", idempotencyKey: "a")
        _ = try await admin.callNext(desk: "room-2")
        seen = await board.waitFor("M-001  →  Salle 2")
        #expect(seen.found, "board after a call:\n\(seen.pane)")
        dump("board-1-call", seen.pane)
        await admin.close()

        try await server.restart()
        let again = try await LiveServer.client(server.unix, token: LiveServer.adminToken)
        _ = try await again.takeTicket(service: "social", language: "nl", idempotencyKey: "b")
        _ = try await again.callNext(desk: "room-2")
        seen = await board.waitFor("S-001  →  Salle 2")
        #expect(seen.found, "board after the restart:\n\(seen.pane)")
        #expect(seen.pane.contains("M-001 → Salle 2"), "the earlier call moved to the history")
        dump("board-2-after-restart", seen.pane)
        await again.close()
        await server.finish()
    }
}
