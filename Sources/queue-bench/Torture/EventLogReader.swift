import NIOConcurrencyHelpers
import NIOCore
import WireProtocol

/// Reads the server's event log through the protocol: `Subscribe{after_seq}` until the event
/// numbered `through` has arrived, then closes that connection.
enum EventLogReader {
    static func read(_ session: BenchSession, server: ServerUnderTest, after: UInt64, through: UInt64) async throws -> [WireQueueEvent] {
        guard through > after else { return [] }
        let client = try await session.connect(to: server, token: BenchTokens.admin, name: "log-reader")
        let box = NIOLockedValueBox<[WireQueueEvent]>([])
        let done = client.channel.eventLoop.makePromise(of: Void.self)
        let timeout = client.channel.eventLoop.scheduleTask(in: .seconds(120)) {
            done.fail(BenchError("the event log did not reach seq \(through) within 120 s"))
        }
        let stream = client.start(.subscribe, Requests.subscribe(after: after)) { body, _ in
            guard let event = try? body.decodeMessage(WireQueueEvent.self) else { return }
            let complete = box.withLockedValue { events in
                events.append(event)
                return event.seq >= through
            }
            if complete { done.succeed() }
        }
        stream.whenComplete { result in
            let reason = (try? result.get()).map { "stream ended: \($0.status.code) \($0.status.message)" } ?? "stream failed"
            done.fail(BenchError("reading the event log: \(reason)"))
        }
        defer { timeout.cancel() }
        try await done.futureResult.get()
        await client.close()
        return box.withLockedValue { $0 }.filter { $0.seq <= through }
    }
}
