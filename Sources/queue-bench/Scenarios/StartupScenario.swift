import QueueCore
import SiteConfig
import WireProtocol

/// Start to READY=1 with a year of history in the store. The server has no injectable clock,
/// so the bench writes the year itself (`YearHistory`: QueueCore at each day's times, events
/// and snapshots through `QueueStore` as the server's writer stores them) into the database the
/// server then opens, for the bench's site as the server reads it. Then the first start on the
/// year (which prunes, when the history is longer than the retention), `starts` starts after a
/// clean stop, and one after SIGKILL with a few hundred of today's events after the last
/// snapshot to replay. With `coldCache`, the page cache is emptied before each of those
/// starts, so the binary and the store come from the disk.
struct StartupScenario {
    var history = YearHistory()
    var starts = 5
    var coldCache = false
    /// Tickets taken (and about half of them called) through the server before the SIGKILL.
    var ticketsBeforeKill = 300

    func run(_ session: BenchSession) async throws -> [BenchRow] {
        let server = try session.server()
        let site = try loadSite(server.configPath)
        let now = WallClock.now()
        session.progress("startup: writing \(history.openDays) open days of ~\(history.ticketsPerDay) tickets into the store")
        let building = MonotonicClock.now()
        let year = try history.write(configuration: site.site, to: site.server.databasePath, now: now)
        session.progress(
            "startup: \(year.tickets) tickets, \(year.events) events, \(year.days) days (\(year.firstDay?.description ?? "-") "
                + "to \(year.lastDay?.description ?? "-")), \(year.snapshots) snapshots, in "
                + "\(NumberFormat.fixed(MonotonicClock.seconds(since: building), 1)) s")
        // The server applies the retention at start. With the year inside it (the default: 250
        // weekdays are 50 weeks, retention 365 days) nothing is pruned and every start below is
        // a start on the same year; with more days, the first start prunes, and is its own row.
        let cutoff = site.site.timeZone.localDate(at: now).adding(days: -site.server.retentionDays)
        let prunes = (year.firstDay.map { $0 < cutoff }) ?? false

        if coldCache { try PageCache.drop() }
        let first = UInt64(try server.start() * 1e9)
        let firstMemory = server.memory
        // The server sees the whole year (nothing lost on the way; more only if the day turned
        // since and the midnight timer rolled over).
        let seq = try await lastSeq(server, session)
        guard seq >= UInt64(year.events) else {
            throw BenchError("startup: the server reports event \(seq), the history wrote \(year.events)")
        }
        server.stop()
        let retention = server.logTail(lines: 400).split(separator: "\n").last { $0.contains("retention applied") }
        var clean: [UInt64] = []
        var memory: ProcessMemory?
        for _ in 0..<starts {
            if coldCache { try PageCache.drop() }
            clean.append(UInt64(try server.start() * 1e9))
            memory = server.memory
            server.stop()
        }

        try server.start()
        let snapshotSeq = try await lastSeq(server, session)
        try await session.fill(server, tickets: ticketsBeforeKill, tag: "kill")
        let desks = try await session.connect(server.site.desks.count, to: server, token: BenchTokens.desk, name: "desk")
        let deskIDs = server.site.desks.map(\.id)
        let outcome = try await ClosedLoop.run(clients: desks, duration: nil, quota: ticketsBeforeKill / 2 / desks.count) {
            client, _ in desks[client].start(.callNext, Requests.callNext(desk: deskIDs[client]))
        }
        guard outcome.failures == 0 else { throw BenchError("startup: before the kill: \(outcome.firstFailure ?? "?")") }
        let killedAt = try await desks[0].reply(.getStatus, Requests.status(), as: WireQueueStatus.self).lastSeq
        await BenchSession.close(desks)
        server.kill()
        if coldCache { try PageCache.drop() }
        let afterKill = UInt64(try server.start() * 1e9)
        let killMemory = server.memory
        let replayedSeq = try await lastSeq(server, session)
        server.stop()
        guard replayedSeq == killedAt else {
            throw BenchError("startup: after kill -9 the server is at event \(replayedSeq), \(killedAt) were acknowledged")
        }

        let history: [(name: String, value: Double)] = [
            ("tickets", Double(year.tickets)), ("events", Double(year.events)), ("days", Double(year.days)),
        ]
        let cold = coldCache ? ", cold" : ""
        var firstRow = BenchRow(scenario: "startup", variant: (prunes ? "first start, prunes" : "first start") + cold, memory: firstMemory)
        firstRow.operations = 1
        firstRow.latency = LatencySummary(nanoseconds: [first])
        firstRow.values = history
        if prunes { firstRow.note = retention.map { String($0) } ?? "retention line not found in the log" }
        var cleanRow = BenchRow(scenario: "startup", variant: "after stop" + cold, memory: memory)
        cleanRow.operations = clean.count
        cleanRow.latency = LatencySummary(nanoseconds: clean)
        cleanRow.values = history
        var killRow = BenchRow(scenario: "startup", variant: "after kill -9" + cold, memory: killMemory)
        killRow.operations = 1
        killRow.latency = LatencySummary(nanoseconds: [afterKill])
        killRow.values = [("events replayed", Double(killedAt - snapshotSeq))]
        return [firstRow, cleanRow, killRow]
    }

    /// The site file as the server reads it (so the history is for the same configuration).
    private func loadSite(_ path: String) throws -> SiteFile {
        do throws(ConfigError) {
            return try SiteConfigLoader.load(path: path)
        } catch {
            throw BenchError("startup: the bench's site file: \(error)")
        }
    }

    private func lastSeq(_ server: ServerUnderTest, _ session: BenchSession) async throws -> UInt64 {
        let client = try await session.connect(to: server, token: BenchTokens.desk, name: "status")
        let status: Result<WireQueueStatus, any Error>
        do {
            status = .success(try await client.reply(.getStatus, Requests.status(), as: WireQueueStatus.self))
        } catch {
            status = .failure(error)
        }
        await client.close()
        return try status.get().lastSeq
    }
}
