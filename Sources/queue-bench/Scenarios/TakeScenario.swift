/// Durable take-ticket: `clients` kiosks, each on its own connection, each waiting for its
/// STATUS before the next press; a fresh server per level so every level starts from an
/// empty queue. Also reads the server's memory at the end of each level.
struct TakeScenario {
    var levels: [Int] = [1, 8, 32, 128]
    var duration: Duration = .seconds(3)

    func run(_ session: BenchSession, baseline: Double?) async throws -> [BenchRow] {
        var rows: [BenchRow] = []
        for level in levels {
            let server = try session.server()
            try server.start()
            let kiosks = try await session.connect(level, to: server, token: BenchTokens.kiosk, name: "kiosk")
            let services = server.site.services.map(\.id)
            session.progress("take: \(level) client(s) for \(duration)")
            let outcome = try await ClosedLoop.run(clients: kiosks, duration: duration) { client, index in
                kiosks[client].start(
                    .takeTicket, Requests.takeTicket(service: services[index % services.count], key: "k\(client)-\(index)"))
            }
            var row = BenchRow(scenario: "take", variant: "\(level) client\(level == 1 ? "" : "s")", outcome: outcome, memory: server.memory)
            if let baseline, baseline > 0 { row.ratioToBaseline = outcome.perSecond / baseline }
            rows.append(row)
            await BenchSession.close(kiosks)
            server.stop()
        }
        return rows
    }
}
