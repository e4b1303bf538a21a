import KioskClient
import QueueCore
import Testing
import WireProtocol

/// The client library against a real server (writer, SQLite, TCP and Unix listeners).
@Suite(.serialized) struct ClientServerTests {
    @Test func takeCallAndSubscribeOverTCP() async throws {
        let server = try await LiveServer()
        let kiosk = try await LiveServer.client(server.tcp, token: LiveServer.kioskToken)
        let desk = try await LiveServer.client(server.tcp)
        #expect(kiosk.role == .kiosk)
        let site = try await kiosk.getSiteInfo()
        #expect(site.services.map(\.id) == ["medical", "social"])
        let status = try await desk.getStatus()
        var events = try desk.subscribe(after: status.lastSeq).makeAsyncIterator()

        let taken = try await kiosk.takeTicket(service: "medical", language: "ar", idempotencyKey: "press-1")
        #expect(taken.ticket?.number.description == "M-001")
        #expect(taken.estimate != nil)
        let called = try await desk.callNext(desk: "room-2")
        #expect(called.ticket?.number.description == "M-001")
        #expect(called.ticket?.language == "ar")

        var kinds: [String] = []
        while kinds.count < 2, let received = try await events.next() {
            guard let event = received.event else { continue }
            switch event.kind {
            case .ticketIssued(let t): kinds.append("issued \(t.number)")
            case .ticketCalled(let t): kinds.append("called \(t.number) \(t.desk?.rawValue ?? "")")
            default: break
            }
        }
        #expect(kinds == ["issued M-001", "called M-001 room-2"])
        await kiosk.close()
        await desk.close()
        await server.finish()
    }

    @Test func aRetriedPressReturnsTheSameTicketOverTheUnixSocket() async throws {
        let server = try await LiveServer()
        let kiosk = try await LiveServer.client(server.unix, token: LiveServer.kioskToken)
        let first = try await kiosk.takeTicket(service: "social", language: "fr", idempotencyKey: "same-press")
        let retry = try await kiosk.takeTicket(service: "social", language: "fr", idempotencyKey: "same-press")
        let other = try await kiosk.takeTicket(service: "social", language: "fr", idempotencyKey: "next-press")
        #expect(first.ticket?.number == retry.ticket?.number)
        #expect(other.ticket?.number.description == "S-002")
        await kiosk.close()
        await server.finish()
    }

    @Test func refusalsCarryTheirReason() async throws {
        let server = try await LiveServer()
        let kiosk = try await LiveServer.client(server.tcp, token: LiveServer.kioskToken)
        do {
            _ = try await kiosk.takeTicket(service: "dentist", language: "fr", idempotencyKey: "k")
            Issue.record("an unknown service was accepted")
        } catch let error as ClientError {
            #expect(error.code == .notFound)
            #expect(error.isRuleRefusal)
            #expect(error.queueError == .unknownService("dentist", valid: ["medical", "social"]))
        }
        do {
            _ = try await kiosk.callNext(desk: "room-2")
            Issue.record("a kiosk called a ticket")
        } catch let error as ClientError {
            #expect(error.code == .permissionDenied)
        }
        await kiosk.close()
        await server.finish()
    }

    @Test func aWrongTokenIsUnauthenticatedAndNoServerIsUnreachable() async throws {
        let server = try await LiveServer()
        do {
            _ = try await LiveServer.client(server.tcp, token: "not-a-token-at-all")
            Issue.record("a bad token was let in")
        } catch let error as ClientError {
            #expect(error.code == .unauthenticated)
        }
        let endpoint = server.unix
        await server.finish()
        do {
            _ = try await LiveServer.client(endpoint)
            Issue.record("connected to nothing")
        } catch let error as ClientError {
            #expect(error.origin == .unreachable)
            #expect(error.isRetryable)
        }
    }

    @Test func liveQueueResumesAfterTheServerRestarts() async throws {
        let server = try await LiveServer()
        let live = LiveQueue(
            endpoint: server.unix, configuration: ClientConfiguration(token: LiveServer.displayToken, clientName: "board"),
            backoff: Backoff(initial: .milliseconds(50), maximum: .milliseconds(500)))
        var updates = live.updates().makeAsyncIterator()
        guard case .synced(_, let status)? = await updates.next() else {
            Issue.record("no first picture")
            return await server.finish()
        }
        #expect(status.lastSeq == 0)
        let admin = try await LiveServer.client(server.unix, token: LiveServer.adminToken)
        _ = try await admin.takeTicket(service: "medical", language: "nl", idempotencyKey: "a")
        #expect(await nextEvent(&updates) == "issued M-001")
        await admin.close()

        try await server.restart()
        var sawDisconnect = false
        var resumed = false
        while !resumed, let update = await updates.next() {
            switch update {
            case .disconnected: sawDisconnect = true
            case .resumed: resumed = true
            case .synced: Issue.record("resynced instead of resuming")
            case .event: break
            }
        }
        #expect(sawDisconnect)
        let again = try await LiveServer.client(server.unix, token: LiveServer.adminToken)
        _ = try await again.takeTicket(service: "medical", language: "nl", idempotencyKey: "b")
        #expect(await nextEvent(&updates) == "issued M-002", "the event after the restart, none missed, none twice")
        await again.close()
        await server.finish()
    }

    @Test func reportAndBackupForAdmins() async throws {
        let server = try await LiveServer()
        let admin = try await LiveServer.client(server.tcp, token: LiveServer.adminToken)
        _ = try await admin.takeTicket(service: "medical", language: "fr", idempotencyKey: "a")
        _ = try await admin.takeTicket(service: "social", language: "ar", idempotencyKey: "b")
        let today = try #require(try await admin.getStatus().day)
        let report = try await admin.getReport(from: today, through: today)
        #expect(report.totalTickets == 2)
        #expect(report.languages == ["fr": 1, "ar": 1])
        let path = server.directory + "/copy.db"
        let bytes = try await admin.backup(to: path)
        #expect(bytes > 0)
        #expect(Fixtures.read(path)?.count == Int(bytes))
        await admin.close()
        await server.finish()
    }

    func nextEvent(_ updates: inout AsyncStream<LiveUpdate>.AsyncIterator) async -> String? {
        while let update = await updates.next() {
            if case .event(let event) = update, case .ticketIssued(let ticket) = event.kind {
                return "issued \(ticket.number)"
            }
        }
        return nil
    }
}
