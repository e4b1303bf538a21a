import Glibc
import WireProtocol

/// `torture`: the workers run while the server is SIGKILLed at random moments and restarted;
/// after each restart the log is read and checked (LogModel), every acknowledged ticket
/// version is looked for in it, and the waiting lines and desks the server reports must be
/// the ones the log gives, in calling order. At the end the whole log is replayed from seq 0
/// and every acknowledgement of the run is looked for again.
struct TortureRun {
    var kills: Int
    var seed: UInt64

    func run(_ session: BenchSession) async throws -> BenchRow {
        // Hundreds of kills leave hundreds of tickets waiting: the checks' ListWaiting reply
        // outgrows the default 64 KiB frame, so this run allows bigger frames.
        let server = try session.server { $0.limits.append((key: "max_frame_length", value: 4 << 20)) }
        try server.start()
        let gate = ServerGate()
        let ledger = AckLedger()
        let workers = TortureWorkers(session: session, endpoint: server.endpoint, site: server.site, gate: gate, ledger: ledger, seed: seed)
        var random = SeededGenerator(seed: seed)
        var model = LogModel()
        var checker = TortureChecks()
        let runner = Task { await workers.run() }
        gate.open()
        let started = MonotonicClock.now()
        for kill in 1...max(1, kills) {
            try await Task.sleep(for: .milliseconds(Int.random(in: 20...300, using: &random)))
            server.kill()
            gate.close()
            await gate.waitUntilParked(workers.count)
            try server.start()
            try await checker.check(session, server: server, model: &model, acks: ledger.takeUnverified())
            if kill % 20 == 0 { session.progress("torture: \(kill) kills, \(ledger.operations) operations acknowledged, \(checker.losses) lost") }
            gate.open()
        }
        gate.stop()
        await runner.value
        try await checker.check(session, server: server, model: &model, acks: ledger.takeUnverified())
        var full = LogModel()
        full.apply(try await EventLogReader.read(session, server: server, after: 0, through: model.lastSeq))
        let missing = ledger.all.filter { !full.holds($0) }.count
        server.stop()

        var row = BenchRow(scenario: "torture", variant: "\(kills) kills", memory: nil)
        row.operations = ledger.operations
        row.perSecond = Double(ledger.operations) / MonotonicClock.seconds(since: started)
        row.latency = LatencySummary(nanoseconds: server.startTimes.map { UInt64($0 * 1e9) })
        row.values = [
            ("kills", Double(kills)), ("acknowledged", Double(ledger.operations)), ("events", Double(model.lastSeq)),
            ("losses", Double(checker.losses + missing)), ("violations", Double(checker.violations.count + full.violations.count)),
        ]
        let problems = checker.violations + full.violations + checker.lossExamples
        row.note = problems.isEmpty ? "latency columns: restart to READY" : problems.prefix(5).joined(separator: "; ")
        return row
    }
}
