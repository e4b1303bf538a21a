/// One line of results: a scenario and variant with whatever it measured. Empty fields print
/// as blanks in the table and are left out of the JSON.
struct BenchRow: Sendable {
    var scenario: String
    var variant: String
    var operations: Int?
    var perSecond: Double?
    /// `perSecond` divided by the SQLite baseline's commits per second, same run, same disk.
    var ratioToBaseline: Double?
    var latency: LatencySummary?
    var memory: ProcessMemory?
    /// Extra figures by name (seconds to READY, wake-ups per second, losses…).
    var values: [(name: String, value: Double)] = []
    var note: String?

    init(scenario: String, variant: String, outcome: ClosedLoop.Outcome? = nil, memory: ProcessMemory? = nil) {
        self.scenario = scenario
        self.variant = variant
        self.memory = memory
        if let outcome {
            operations = outcome.operations
            perSecond = outcome.perSecond
            latency = outcome.summary
            if outcome.failures > 0 {
                note = "\(outcome.failures) failed: \(outcome.firstFailure ?? "?")"
            }
        }
    }

    func value(_ name: String) -> Double? { values.first { $0.name == name }?.value }
}

/// A target from issue 4 / issue 7 and whether this run met it.
struct TargetCheck: Sendable {
    var target: String
    var measured: String
    var met: Bool
}
