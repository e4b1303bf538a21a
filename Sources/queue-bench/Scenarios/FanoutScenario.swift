import NIOCore
import WireProtocol

/// From a desk's CallNext to each of N subscribed displays receiving the `ticket_called`
/// event, measured on one monotonic clock: the desk's send time to each display's read time.
struct FanoutScenario {
    var levels = [1, 100, 1000]
    var rounds = 100

    func run(_ session: BenchSession) async throws -> [BenchRow] {
        var rows: [BenchRow] = []
        for level in levels {
            let server = try session.server()
            try server.start()
            try await session.fill(server, tickets: (rounds + 2) * 3)
            let desk = try await session.connect(to: server, token: BenchTokens.desk, name: "desk")
            _ = try await desk.call(.openDesk, Requests.openDesk("medical-2"))
            let lastSeq = try await desk.reply(.getStatus, Requests.status(), as: WireQueueStatus.self).lastSeq
            session.progress("fanout: connecting \(level) display(s)")
            let displays = try await session.connect(level, to: server, token: BenchTokens.display, name: "board")
            let collector = FanoutCollector()
            for display in displays {
                _ = display.start(.subscribe, Requests.subscribe(after: lastSeq)) { body, arrived in
                    guard let event = try? body.decodeMessage(WireQueueEvent.self), case .ticketCalled = event.kind else { return }
                    collector.record(arrived)
                }
            }
            var latencies: [UInt64] = []
            session.progress("fanout: \(rounds) calls to \(level) display(s)")
            for round in 0...rounds {
                let promise = desk.channel.eventLoop.makePromise(of: [UInt64].self)
                let timeout = desk.channel.eventLoop.scheduleTask(in: .seconds(30)) {
                    promise.fail(BenchError("fanout: not every display got call \(round) within 30 s"))
                }
                collector.begin(expected: level, promise: promise)
                let call = try await desk.call(.callNext, Requests.callNext(desk: "medical-2"))
                guard call.isOK else { throw BenchError("fanout: CallNext failed: \(call.status.message)") }
                let arrivals = try await promise.futureResult.get()
                timeout.cancel()
                if round > 0 { latencies += arrivals }  // round 0 warms the subscriptions up
            }
            var row = BenchRow(scenario: "fanout", variant: "\(level) display\(level == 1 ? "" : "s")", memory: server.memory)
            row.operations = latencies.count
            row.latency = LatencySummary(nanoseconds: latencies)
            rows.append(row)
            await BenchSession.close(displays + [desk])
            server.stop()
        }
        return rows
    }
}
