import NIOCore
import Testing
import WireProtocol

@testable import QueueServer

@Suite struct DrainTests {
    @Test func shutdownLetsInFlightCallsFinishAndRefusesNewOnes() async throws {
        let server = try await TestServer()
        let kiosk = try await server.client(token: AuthFixtures.kioskToken)
        let board = try await server.client()
        try await SubscribeTests.subscribe(board, call: 1, after: 0)
        server.backend.hold()
        try await kiosk.send(.request(try Frame.Request(callID: 1, method: .takeTicket, message: CallTests.takeTicket())))
        while server.backend.heldCount == 0 { try await Task.sleep(for: .milliseconds(5)) }

        server.context.registry.drainAll()
        let goAway = try await kiosk.goAway()
        #expect(goAway.lastCallID == 1)
        #expect(goAway.detail.reason == .shuttingDown)
        // A call after the GOAWAY is not processed.
        let late = try await kiosk.call(2, .getStatus, WireGetStatusRequest())
        #expect(late.status.statusCode == .unavailable)
        #expect(late.status.detail.reason == .shuttingDown)
        // The subscription ends at once.
        let ended = try await board.finish(1)
        #expect(ended.status.detail.reason == .shuttingDown)
        try await board.waitUntilClosed()

        // The held take-ticket completes, then the connection closes.
        server.backend.release()
        let taken = try await kiosk.finish(1)
        #expect(taken.status.statusCode == .ok)
        try await kiosk.waitUntilClosed()
        await server.stop()
    }
}
