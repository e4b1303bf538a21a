/// Call-next: the queue is filled first, then desks call the next person in closed loop (each
/// CallNext also finishes the desk's previous ticket, so every call writes two events).
struct CallScenario {
    var callsPerDesk = 1000

    func run(_ session: BenchSession, baseline: Double?) async throws -> [BenchRow] {
        let server = try session.server()
        try server.start()
        let deskIDs = server.site.desks.map(\.id)
        session.progress("call: filling the queue with \(callsPerDesk * deskIDs.count + 100) tickets")
        try await session.fill(server, tickets: callsPerDesk * deskIDs.count + 100)
        var rows: [BenchRow] = []
        for deskCount in [1, deskIDs.count] {
            let desks = try await session.connect(deskCount, to: server, token: BenchTokens.desk, name: "desk")
            try await session.openDesks(server, with: desks[0])
            session.progress("call: \(deskCount) desk(s), \(callsPerDesk / deskCount) calls each")
            let outcome = try await ClosedLoop.run(clients: desks, duration: nil, quota: callsPerDesk / deskCount) { client, _ in
                desks[client].start(.callNext, Requests.callNext(desk: deskIDs[client]))
            }
            var row = BenchRow(scenario: "call", variant: "\(deskCount) desk\(deskCount == 1 ? "" : "s")", outcome: outcome, memory: server.memory)
            if let baseline, baseline > 0 { row.ratioToBaseline = outcome.perSecond / baseline }
            rows.append(row)
            await BenchSession.close(desks)
        }
        server.stop()
        return rows
    }
}
