import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing
import WireProtocol

@testable import queue_bench

@Suite struct FrameClientTests {
    @Test func handshakeThenCallsMatchTheirReplies() async throws {
        let server = try await FakeServer()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let client = try await FrameClient.connect(to: server.endpoint, token: FakeServer.token, name: "test", group: group)
        #expect(client.welcome.siteName == "fake")
        let first = try await client.reply(.takeTicket, Requests.takeTicket(service: "social", key: "a"), as: WireCommandReply.self)
        let second = try await client.reply(.takeTicket, Requests.takeTicket(service: "medical", key: "b"), as: WireCommandReply.self)
        #expect(first.ticket.number == "M-1" && first.ticket.service == "social")
        #expect(second.ticket.number == "M-2")
        let refused = try await client.call(.getReport, Requests.report(day: "2026-12-02"))
        #expect(refused.status.code == 12 && refused.messages.isEmpty)
        await client.close()
        try await group.shutdownGracefully()
        await server.shutdown()
    }

    @Test func streamItemsGoToTheReceiver() async throws {
        let server = try await FakeServer()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let client = try await FrameClient.connect(to: server.endpoint, token: FakeServer.token, name: "test", group: group)
        let seen = NIOLockedValueBox<[UInt64]>([])
        let end = try await client.start(.subscribe, Requests.subscribe(after: 4)) { body, _ in
            if let event = try? body.decodeMessage(WireQueueEvent.self) { seen.withLockedValue { $0.append(event.seq) } }
        }.get()
        #expect(end.isOK)
        #expect(seen.withLockedValue { $0 } == [5, 6])
        await client.close()
        try await group.shutdownGracefully()
        await server.shutdown()
    }

    @Test func aWrongTokenFailsTheHandshake() async throws {
        let server = try await FakeServer()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        await #expect(throws: BenchError.self) {
            _ = try await FrameClient.connect(to: server.endpoint, token: "nope-nope-nope-nope", name: "test", group: group)
        }
        try await group.shutdownGracefully()
        await server.shutdown()
    }

    @Test func closedLoopCountsEveryCall() async throws {
        let server = try await FakeServer()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        var clients: [FrameClient] = []
        for index in 0..<3 {
            clients.append(try await FrameClient.connect(to: server.endpoint, token: FakeServer.token, name: "c\(index)", group: group))
        }
        let all = clients
        let outcome = try await ClosedLoop.run(clients: all, duration: nil, quota: 20) { client, index in
            all[client].start(.takeTicket, Requests.takeTicket(service: "medical", key: "\(client)-\(index)"))
        }
        #expect(outcome.operations == 60 && outcome.failures == 0)
        let failing = try await ClosedLoop.run(clients: [all[0]], duration: nil, quota: 4) { _, _ in
            all[0].start(.getStatus, Requests.status())
        }
        #expect(failing.operations == 0 && failing.failures == 4 && failing.firstFailure == "12 not here")
        for client in clients { await client.close() }
        try await group.shutdownGracefully()
        await server.shutdown()
    }
}
