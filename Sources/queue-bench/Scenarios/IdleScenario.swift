import Glibc

/// A freshly started server left alone: its resident memory, and how often any of its
/// threads woke up over `window` (the target: nothing but the watchdog; without a watchdog
/// configured, nothing at all).
struct IdleScenario {
    var settle: Duration = .seconds(2)
    var window: Duration = .seconds(5)

    func run(_ session: BenchSession) async throws -> BenchRow {
        let server = try session.server()
        let ready = try server.start()
        session.progress("idle: \(settle) to settle, then \(window) of silence")
        try await Task.sleep(for: settle)
        guard let pid = server.pid else { throw BenchError("idle: no server") }
        let before = ContextSwitches.perThread(pid: pid) ?? [:]
        try await Task.sleep(for: window)
        let switches = ContextSwitches.since(before, pid: pid) ?? 0
        let threads = ThreadNames.of(pid: pid)
        session.progress("idle: threads \(threads.joined(separator: ", "))")
        var row = BenchRow(scenario: "idle", variant: "empty queue", memory: server.memory)
        row.values = [
            ("start_to_ready_ms", ready * 1000),
            ("wakeups_per_second", Double(switches) / (window.milliseconds / 1000)),
            ("threads", Double(threads.count)),
            ("dispatch_workers", Double(threads.filter(ThreadNames.isDispatchWorker).count)),
        ]
        server.stop()
        return row
    }
}
