/// The footprint and speed targets of issue 4 (and the hostile target of issue 7), checked
/// against whichever rows a run produced.
enum Targets {
    static func check(_ rows: [BenchRow]) -> [TargetCheck] {
        func row(_ scenario: String, _ variant: String) -> BenchRow? {
            rows.first { $0.scenario == scenario && $0.variant == variant }
        }
        var checks: [TargetCheck] = []
        if let take = row("take", "32 clients"), let ratio = take.ratioToBaseline {
            checks.append(TargetCheck(
                target: "take-ticket, 32 clients >= 1.5x SQLite baseline", measured: "\(NumberFormat.fixed(ratio, 2))x", met: ratio >= 1.5))
        }
        if let take = row("take", "1 client"), let latency = take.latency {
            checks.append(TargetCheck(
                target: "take-ticket, 1 client p50 < 1 ms", measured: "\(NumberFormat.ms(latency.p50)) ms", met: latency.p50 < .milliseconds(1)))
        }
        if let fanout = row("fanout", "100 displays"), let latency = fanout.latency {
            checks.append(TargetCheck(
                target: "call to display, 100 displays p99 < 5 ms", measured: "\(NumberFormat.ms(latency.p99)) ms", met: latency.p99 < .milliseconds(5)))
        }
        if let fanout = row("fanout", "1000 displays"), let memory = fanout.memory {
            checks.append(TargetCheck(
                target: "RSS with 1,000 subscribers <= 48 MB", measured: "\(NumberFormat.fixed(memory.residentMiB, 1)) MiB", met: memory.residentMiB <= 48))
        }
        if let idle = row("idle", "empty queue"), let memory = idle.memory {
            checks.append(TargetCheck(
                target: "idle RSS <= 16 MB", measured: "\(NumberFormat.fixed(memory.residentMiB, 1)) MiB", met: memory.residentMiB <= 16))
        }
        if let idle = row("idle", "empty queue"), let wakeups = idle.value("wakeups_per_second") {
            checks.append(TargetCheck(
                target: "idle: no periodic wake-ups (no watchdog configured)",
                measured: "\(NumberFormat.fixed(wakeups, 1)) per second, \(Int(idle.value("dispatch_workers") ?? 0)) dispatch workers",
                met: wakeups == 0))
        }
        for (cold, condition) in [("", ""), (", cold", ", cold page cache")] {
            guard let startup = row("startup", "after stop" + cold), let latency = startup.latency else { continue }
            // The first start on the year counts too (unless it prunes: that is its own figure).
            let first = row("startup", "first start" + cold)?.latency
            let worst = max(latency.max, first?.max ?? .zero)
            let count = latency.count + (first?.count ?? 0)
            checks.append(TargetCheck(
                target: "start to READY <= 200 ms with a year of history (>= 30,000 tickets)" + condition,
                measured: "\(NumberFormat.ms(worst)) ms (max of \(count) clean starts)",
                met: worst <= .milliseconds(200) && (startup.value("tickets") ?? 0) >= 30_000))
        }
        if let hostile = row("hostile", "well-behaved client"), let latency = hostile.latency {
            checks.append(TargetCheck(
                target: "hostile: well-behaved client p99 < 10 ms", measured: "\(NumberFormat.ms(latency.p99)) ms", met: latency.p99 < .milliseconds(10)))
        }
        if let torture = rows.first(where: { $0.scenario == "torture" }), let losses = torture.value("losses") {
            checks.append(TargetCheck(target: "torture: 0 acknowledged operations lost", measured: "\(Int(losses)) lost", met: losses == 0))
        }
        return checks
    }
}
