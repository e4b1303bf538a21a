import NIOCore
import Testing
import WireProtocol

@testable import QueueServer

/// Beyond a limit the client at fault is told, and everyone else carries on.
@Suite struct LimitTests {
    @Test func anOversizedFrameGetsGoAwayAndOthersCarryOn() async throws {
        let server = try await TestServer()
        let bystander = try await server.client()
        let offender = try await server.client()
        // A length of 1 MiB: refused on its four bytes, nothing else sent.
        try await offender.sendRaw([0x00, 0x10, 0x00, 0x00])
        let goAway = try await offender.goAway()
        #expect(goAway.statusCode == .resourceExhausted)
        #expect(goAway.detail.reason == .frameTooLarge)
        try await offender.waitUntilClosed()
        let status = try await bystander.call(1, .getStatus, WireGetStatusRequest())
        #expect(status.status.statusCode == .ok)
        await bystander.close()
        await server.stop()
    }

    @Test func garbageIsAProtocolViolation() async throws {
        let server = try await TestServer()
        let client = try await server.connect()
        try await client.sendRaw([0x00, 0x00, 0x00, 0x06, 0x0a, 0x00, 0, 0, 0, 0])
        let goAway = try await client.goAway()
        #expect(goAway.detail.reason == .protocolViolation)
        try await client.waitUntilClosed()
        await server.stop()
    }

    @Test func oneConnectionOverTheLimitIsRefused() async throws {
        let server = try await TestServer(limits: TestSite.limits(maxConnections: 2))
        let first = try await server.client()
        let second = try await server.client()
        let third = try await server.connect()
        let goAway = try await third.goAway()
        #expect(goAway.statusCode == .resourceExhausted)
        try await third.waitUntilClosed()
        #expect(try await first.call(1, .getStatus, WireGetStatusRequest()).status.statusCode == .ok)
        #expect(try await second.call(1, .getStatus, WireGetStatusRequest()).status.statusCode == .ok)
        await first.close()
        try await first.waitUntilClosed()
        // A place is free again.
        _ = try await waitForAdmission(server)
        await second.close()
        await server.stop()
    }

    /// Connects until the server admits (the closed connection leaves the registry soon after).
    private func waitForAdmission(_ server: TestServer) async throws -> TestClient {
        for _ in 0..<200 {
            let client = try await server.connect()
            if (try? await client.handshake(token: AuthFixtures.deskToken)) != nil { return client }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Inbox.TimedOut()
    }

    @Test func tooManyCallsOnOneConnectionEndsOnlyTheExtraCall() async throws {
        let server = try await TestServer(limits: TestSite.limits(maxCalls: 2))
        let board = try await server.client()
        try await SubscribeTests.subscribe(board, call: 1, after: 0)
        try await SubscribeTests.subscribe(board, call: 2, after: 0)
        let third = try await board.call(3, .getStatus, WireGetStatusRequest())
        #expect(third.status.statusCode == .resourceExhausted)
        #expect(third.status.detail.reason == .tooManyCalls)
        try await board.send(.cancel(callID: 1))
        #expect(try await board.finish(1).status.statusCode == .cancelled)
        #expect(try await board.call(4, .getStatus, WireGetStatusRequest()).status.statusCode == .ok)
        await board.close()
        await server.stop()
    }

    @Test func aFrameLeftHalfSentIsTimedOut() async throws {
        let server = try await TestServer(limits: TestSite.limits(partialFrameSeconds: 1))
        let client = try await server.client()
        // The start of a PING, never finished.
        try await client.sendRaw([0x00, 0x00, 0x00, 0x0e, 0x07])
        let goAway = try await client.goAway()
        #expect(goAway.detail.reason == .idleTimeout)
        try await client.waitUntilClosed()
        await server.stop()
    }

    @Test func aClientThatNeverSaysHelloIsClosed() async throws {
        let server = try await TestServer(limits: TestSite.limits(handshakeSeconds: 1))
        let client = try await server.connect()
        _ = try await client.goAway()
        try await client.waitUntilClosed()
        await server.stop()
    }

    @Test func pingIsAnsweredWithTheSameBytes() async throws {
        let server = try await TestServer()
        let client = try await server.client()
        try await client.send(.ping(0x0102_0304_0506_0708))
        #expect(try await client.nextConnectionFrame() == .pong(0x0102_0304_0506_0708))
        await client.close()
        await server.stop()
    }
}

/// The idle timeout is 3 s, not 1: the client's own steps (connect, HELLO, subscribe) must fit
/// in it even when a loaded machine stalls the test for a second.
@Suite struct IdleTimeoutTests {
    @Test func aSilentConnectionIsToldAndClosed() async throws {
        let server = try await TestServer(limits: TestSite.limits(idleSeconds: 3))
        let client = try await server.client()
        let goAway = try await client.goAway()
        #expect(goAway.statusCode == .unavailable)
        #expect(goAway.detail.reason == .idleTimeout)
        try await client.waitUntilClosed()
        await server.stop()
    }

    /// A board that only listens (no PING) is not idle while subscribed; once its subscription
    /// ends, the count starts and the idle timeout closes it.
    @Test func aSubscriptionKeepsASilentConnectionOpen() async throws {
        let server = try await TestServer(limits: TestSite.limits(idleSeconds: 3))
        let board = try await server.client()
        try await SubscribeTests.subscribe(board, call: 1, after: 0)
        try await Task.sleep(for: .milliseconds(4500))
        let status = try await board.call(2, .getStatus, WireGetStatusRequest())
        #expect(status.status.statusCode == .ok)
        try await board.send(.cancel(callID: 1))
        #expect(try await board.finish(1).status.statusCode == .cancelled)
        let goAway = try await board.goAway()
        #expect(goAway.detail.reason == .idleTimeout)
        try await board.waitUntilClosed()
        await server.stop()
    }
}
