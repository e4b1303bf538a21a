import QueueCore

/// The queue rules alone, in this process (no server, no disk): how long one command takes on
/// `QueueState` as the day's waiting list grows. The state is changed in place and its
/// waiting lists are ordered arrays kept sorted on insert, so a take or a call should cost
/// about the same with a thousand people waiting as with thirty thousand.
struct CoreScenario {
    var waiting = [100, 1_000, 10_000, 30_000]
    var samples = 2_000

    static let site = SiteConfiguration(
        name: "queue-bench core", timeZone: .utc,
        services: [
            Service(id: "medical", prefix: "M", labels: ["fr": "Médecin"]),
            Service(id: "social", prefix: "S", labels: ["fr": "Service social"]),
        ],
        desks: [
            Desk(id: "medical-1", label: "1", services: ["medical"]),
            Desk(id: "social", label: "2", services: ["social", "medical"]),
        ])

    func run(progress: (String) -> Void) throws -> [BenchRow] {
        var rows: [BenchRow] = []
        for count in waiting {
            progress("core: \(count) waiting")
            var state = QueueState(configuration: Self.site)
            // One millisecond apart from 08:00 UTC today; every tenth one urgent.
            var now = Timestamp(millisecondsSinceEpoch: WallClock.now().millisecondsSinceEpoch / 86_400_000 * 86_400_000 + 8 * 3_600_000)
            func take(_ index: Int) throws {
                now = Timestamp(millisecondsSinceEpoch: now.millisecondsSinceEpoch + 1)
                let service: ServiceID = index % 3 == 0 ? "social" : "medical"
                _ = try state.execute(
                    .takeTicket(service: service, language: "fr", urgent: index % 10 == 0, idempotencyKey: "k\(index)"),
                    at: now)
            }
            for index in 0..<count { try take(index) }
            var takes: [UInt64] = []
            var calls: [UInt64] = []
            for index in 0..<samples {
                let started = MonotonicClock.now()
                try take(count + index)
                let taken = MonotonicClock.now()
                now = Timestamp(millisecondsSinceEpoch: now.millisecondsSinceEpoch + 1)
                _ = try state.execute(.callNext(desk: index % 2 == 0 ? "medical-1" : "social", language: nil), at: now)
                takes.append(taken - started)
                calls.append(MonotonicClock.now() - taken)
            }
            rows.append(Self.row("take, \(count) waiting", takes))
            rows.append(Self.row("call next, \(count) waiting", calls))
        }
        return rows
    }

    static func row(_ variant: String, _ samples: [UInt64]) -> BenchRow {
        var row = BenchRow(scenario: "core", variant: variant)
        row.operations = samples.count
        row.perSecond = Double(samples.count) / (Double(samples.reduce(0, +)) / 1e9)
        row.latency = LatencySummary(nanoseconds: samples)
        return row
    }
}
