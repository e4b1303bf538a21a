import NIOCore
import Testing
import WireProtocol

@testable import QueueServer

/// Calls through the real protocol, over TCP and the Unix socket.
@Suite struct CallTests {
    static func takeTicket(key: String = "", service: String = "medical") -> WireTakeTicketRequest {
        .with {
            $0.service = service
            $0.language = "en"
            $0.idempotencyKey = key
        }
    }

    static func reply(_ result: (messages: [ByteBuffer], status: WireCallStatus)) throws -> WireCommandReply {
        #expect(result.status.statusCode == .ok, "\(result.status.message)")
        #expect(result.messages.count == 1)
        return try result.messages[0].decodeMessage(WireCommandReply.self)
    }

    @Test func handshakeAnnouncesTheRoleAndLimits() async throws {
        let server = try await TestServer()
        let client = try await server.connect()
        let welcome = try await client.handshake(token: AuthFixtures.kioskToken)
        #expect(welcome.version == 1)
        #expect(welcome.role == .kiosk)
        #expect(welcome.siteName == "Test centre")
        #expect(welcome.maxFrameLength == 65536)
        #expect(welcome.maxConcurrentCalls == 8)
        await client.close()
        await server.stop()
    }

    @Test func takeTicketIsIdempotentAndCallNextCallsIt() async throws {
        let server = try await TestServer()
        let kiosk = try await server.client(token: AuthFixtures.kioskToken)
        let first = try Self.reply(try await kiosk.call(1, .takeTicket, Self.takeTicket(key: "k-1")))
        let again = try Self.reply(try await kiosk.call(2, .takeTicket, Self.takeTicket(key: "k-1")))
        #expect(first.ticket.number == "M-001")
        #expect(again.ticket.number == first.ticket.number)
        #expect(again.ticket.id == first.ticket.id)

        let desk = try await server.client(token: AuthFixtures.deskToken)
        _ = try Self.reply(try await desk.call(1, .openDesk, WireOpenDeskRequest.with { $0.desk = "room-1" }))
        let called = try Self.reply(try await desk.call(2, .callNext, WireCallNextRequest.with { $0.desk = "room-1" }))
        #expect(called.ticket.number == "M-001")
        #expect(called.ticket.desk == "room-1")

        let status = try await desk.call(3, .getStatus, WireGetStatusRequest())
        let queue = try status.messages[0].decodeMessage(WireQueueStatus.self)
        #expect(queue.desks.first { $0.desk == "room-1" }?.current.number == "M-001")
        await kiosk.close()
        await desk.close()
        await server.stop()
    }

    @Test func refusalsCarryCodeAndDetail() async throws {
        let server = try await TestServer()
        let desk = try await server.client()
        let unknown = try await desk.call(1, .takeTicket, Self.takeTicket(service: "dentist"))
        #expect(unknown.status.statusCode == .notFound)
        #expect(unknown.status.detail.reason == .unknownService)
        #expect(unknown.status.detail.validServices == ["medical", "social"])
        let malformed = try await desk.call(2, .reinstate, WireReinstateRequest.with { $0.ticket = "not a ticket" })
        #expect(malformed.status.statusCode == .invalidArgument)
        #expect(malformed.status.detail.reason == .malformedRequest)
        #expect(malformed.status.detail.field == "ticket")
        try await desk.send(.request(Frame.Request(callID: 3, methodID: 999)))
        let unimplemented = try await desk.finish(3)
        #expect(unimplemented.status.statusCode == .unimplemented)
        await desk.close()
        await server.stop()
    }

    @Test func theRoleDecidesWhatMayBeCalled() async throws {
        let server = try await TestServer()
        let kiosk = try await server.client(token: AuthFixtures.kioskToken)
        let refused = try await kiosk.call(1, .callNext, WireCallNextRequest.with { $0.desk = "room-1" })
        #expect(refused.status.statusCode == .permissionDenied)
        #expect(refused.status.detail.reason == .roleNotAllowed)
        let report = try await kiosk.call(2, .getReport, WireGetReportRequest())
        #expect(report.status.statusCode == .permissionDenied)
        // The connection stays up.
        let status = try await kiosk.call(3, .getStatus, WireGetStatusRequest())
        #expect(status.status.statusCode == .ok)
        await kiosk.close()
        await server.stop()
    }

    @Test func aWrongTokenIsRefusedWithGoAway() async throws {
        let server = try await TestServer()
        let client = try await server.connect()
        await #expect(throws: TestClient.Refused.self) {
            try await client.handshake(token: "not-the-right-token-at-all")
        }
        try await client.waitUntilClosed()
        let logs = server.logs.all.joined(separator: "\n")
        #expect(!logs.contains("not-the-right-token-at-all"))
        await server.stop()
    }

    @Test func theUnixSocketServesToo() async throws {
        let server = try await TestServer()
        let client = try await server.connectUnix()
        let welcome = try await client.handshake(token: AuthFixtures.adminToken)
        #expect(welcome.role == .admin)
        let info = try await client.call(1, .getServerInfo, WireGetServerInfoRequest())
        let message = try info.messages[0].decodeMessage(WireServerInfo.self)
        #expect(message.serverVersion == ServerVersion.current)
        #expect(message.connections == 1)
        await client.close()
        await server.stop()
    }

    @Test func adminCallsReportListWaitingAndSiteInfo() async throws {
        let server = try await TestServer()
        let admin = try await server.client(token: AuthFixtures.adminToken)
        _ = try Self.reply(try await admin.call(1, .takeTicket, Self.takeTicket(service: "social")))
        let waiting = try await admin.call(2, .listWaiting, WireListWaitingRequest.with { $0.desk = "room-2" })
        let list = try waiting.messages[0].decodeMessage(WireWaitingList.self)
        #expect(list.lines.map(\.service) == ["medical", "social"])
        #expect(list.lines[1].tickets.map(\.number) == ["S-001"])
        let report = try await admin.call(3, .getReport, WireGetReportRequest.with {
            $0.fromDay = "2026-11-01"
            $0.throughDay = "2026-11-30"
        })
        #expect(report.status.statusCode == .ok)
        let badDay = try await admin.call(4, .getReport, WireGetReportRequest.with { $0.fromDay = "yesterday" })
        #expect(badDay.status.detail.field == "from_day")
        let site = try await admin.call(5, .getSiteInfo, WireGetSiteInfoRequest())
        #expect(try site.messages[0].decodeMessage(WireSiteInfo.self).services.map(\.id) == ["medical", "social"])
        await admin.close()
        await server.stop()
    }

    @Test func backupStreamsTheWholeCopyInChunks() async throws {
        let server = try await TestServer()
        let admin = try await server.client(token: AuthFixtures.adminToken)
        let backup = try await admin.call(1, .backup, WireBackupRequest())
        #expect(backup.status.statusCode == .ok)
        var bytes: [UInt8] = []
        for body in backup.messages {
            let chunk = try body.decodeMessage(WireBackupChunk.self)
            #expect(chunk.offset == UInt64(bytes.count))
            #expect(chunk.totalBytes == UInt64(FakeBackend.backupBytes.count))
            bytes += chunk.data
        }
        #expect(backup.messages.count > 1)
        #expect(bytes == FakeBackend.backupBytes)
        await admin.close()
        await server.stop()
    }
}
