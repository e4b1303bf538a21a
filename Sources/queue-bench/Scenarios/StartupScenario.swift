import WireProtocol

/// Start to READY=1 with history in the store. The server has no injectable clock, so the
/// history is put through the server itself, today: `tickets` taken, most of them called and
/// finished (three events each, like a real day), then the server is restarted `starts`
/// times after a clean stop and once after SIGKILL (replay without a shutdown snapshot).
struct StartupScenario {
    var tickets = 30_000
    var starts = 5

    func run(_ session: BenchSession) async throws -> [BenchRow] {
        let server = try session.server()
        try server.start()
        session.progress("startup: taking \(tickets) tickets")
        try await session.fill(server, tickets: tickets)
        let deskIDs = server.site.desks.map(\.id)
        let desks = try await session.connect(deskIDs.count, to: server, token: BenchTokens.desk, name: "desk")
        try await session.openDesks(server, with: desks[0])
        let calls = tickets * 9 / 10 / deskIDs.count
        session.progress("startup: \(calls * deskIDs.count) calls and finishes")
        let outcome = try await ClosedLoop.run(clients: desks, duration: nil, quota: calls) { client, _ in
            desks[client].start(.callNext, Requests.callNext(desk: deskIDs[client]))
        }
        guard outcome.failures == 0 else { throw BenchError("startup: history: \(outcome.firstFailure ?? "?")") }
        let lastSeq = try await desks[0].reply(.getStatus, Requests.status(), as: WireQueueStatus.self).lastSeq
        await BenchSession.close(desks)
        server.stop()

        var clean: [UInt64] = []
        var memory: ProcessMemory?
        for _ in 0..<starts {
            clean.append(UInt64(try server.start() * 1e9))
            memory = server.memory
            server.stop()
        }
        try server.start()
        server.kill()
        let afterKill = UInt64(try server.start() * 1e9)
        let killMemory = server.memory
        server.stop()

        var cleanRow = BenchRow(scenario: "startup", variant: "after stop", memory: memory)
        cleanRow.operations = clean.count
        cleanRow.latency = LatencySummary(nanoseconds: clean)
        cleanRow.values = [("tickets", Double(tickets)), ("events", Double(lastSeq))]
        var killRow = BenchRow(scenario: "startup", variant: "after kill -9", memory: killMemory)
        killRow.operations = 1
        killRow.latency = LatencySummary(nanoseconds: [afterKill])
        return [cleanRow, killRow]
    }
}
