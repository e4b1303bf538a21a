import NIOCore
import Testing
import WireProtocol

@testable import QueueServer

@Suite struct SubscribeTests {
    /// Reads MESSAGE frames of `callID` until the event with `seq` arrives; returns their seqs.
    static func events(on client: TestClient, call callID: UInt32, through seq: UInt64) async throws -> [UInt64] {
        var seqs: [UInt64] = []
        while seqs.last.map({ $0 < seq }) ?? true {
            guard case .message(_, let body) = try await client.next(call: callID) else {
                Issue.record("the subscription ended early")
                return seqs
            }
            seqs.append(try body.decodeMessage(WireQueueEvent.self).seq)
        }
        return seqs
    }

    static func subscribe(_ client: TestClient, call callID: UInt32, after: UInt64) async throws {
        try await client.send(.request(try Frame.Request(
            callID: callID, method: .subscribe, message: WireSubscribeRequest.with { $0.afterSeq = after })))
    }

    /// Takes a ticket on call `2 n` and reads the status on call `2 n + 1`: the seq of its event.
    static func take(_ client: TestClient, call n: UInt32) async throws -> UInt64 {
        let result = try await client.call(2 * n, .takeTicket, CallTests.takeTicket())
        #expect(result.status.statusCode == .ok)
        return (try await status(client, call: 2 * n + 1)).lastSeq
    }

    static func status(_ client: TestClient, call callID: UInt32) async throws -> WireQueueStatus {
        try await client.call(callID, .getStatus, WireGetStatusRequest()).messages[0].decodeMessage(WireQueueStatus.self)
    }

    @Test func resumesAfterAReconnectWithoutMissingAnEvent() async throws {
        let server = try await TestServer()
        let kiosk = try await server.client(token: AuthFixtures.kioskToken)
        let board = try await server.client()
        try await Self.subscribe(board, call: 1, after: 0)
        let firstSeq = try await Self.take(kiosk, call: 1)
        let seen = try await Self.events(on: board, call: 1, through: firstSeq)
        #expect(seen == Array(1...firstSeq))
        await board.close()

        // While the board is away, two more tickets.
        _ = try await Self.take(kiosk, call: 2)
        let lastSeq = try await Self.take(kiosk, call: 3)

        let again = try await server.client()
        try await Self.subscribe(again, call: 1, after: firstSeq)
        let resumed = try await Self.events(on: again, call: 1, through: lastSeq)
        #expect(resumed == Array(firstSeq + 1...lastSeq))

        // Live events follow the replay.
        let liveSeq = try await Self.take(kiosk, call: 4)
        #expect(try await Self.events(on: again, call: 1, through: liveSeq) == Array(lastSeq + 1...liveSeq))

        try await again.send(.cancel(callID: 1))
        let end = try await again.finish(1)
        #expect(end.status.statusCode == .cancelled)
        #expect(server.backend.subscriberCount == 0 || server.backend.subscriberCount == 1)
        await kiosk.close()
        await again.close()
        await server.stop()
    }

    @Test func aSeqBeyondTheLogCannotBeResumed() async throws {
        let server = try await TestServer()
        let board = try await server.client()
        try await Self.subscribe(board, call: 1, after: 500)
        let end = try await board.finish(1)
        #expect(end.status.statusCode == .outOfRange)
        #expect(end.status.detail.reason == .cannotResume)
        await board.close()
        await server.stop()
    }

    @Test func aSubscriptionEndsWithItsTimeout() async throws {
        let server = try await TestServer()
        let board = try await server.client()
        try await board.send(.request(try Frame.Request(
            callID: 1, method: .subscribe, timeoutMilliseconds: 50, message: WireSubscribeRequest())))
        let end = try await board.finish(1)
        #expect(end.status.statusCode == .deadlineExceeded)
        await board.close()
        await server.stop()
    }
}
