import WireProtocol

/// `hostile`: a well-behaved kiosk takes a ticket every 10 ms, first alone, then while every
/// attack of `HostileAttacks` runs at once; its latencies and the server's memory before and
/// after are the result. Limits are lowered so the flood and slowloris reach them quickly.
struct HostileRun {
    var duration: Duration
    var seed: UInt64
    static let maxConnections = 200

    func run(_ session: BenchSession) async throws -> [BenchRow] {
        let server = try session.server { site in
            site.limits = [
                ("max_connections", Self.maxConnections), ("partial_frame_timeout_seconds", 2), ("handshake_timeout_seconds", 2),
            ]
        }
        try server.start()
        defer { server.stop() }
        let kiosk = try await session.connect(to: server, token: BenchTokens.kiosk, name: "well-behaved")
        session.progress("hostile: the well-behaved kiosk alone for 2 s")
        let quiet = try await Self.takeTickets(kiosk, for: .seconds(2), tag: "quiet")
        let before = server.memory
        let tally = HostileTally()
        let attacks = HostileAttacks(
            session: session, endpoint: server.endpoint, tally: tally,
            deadline: MonotonicClock.now() + UInt64(duration.milliseconds * 1e6), seed: seed,
            floodSize: Self.maxConnections + 50, slowlorisSize: 50)
        session.progress("hostile: attacks for \(duration)")
        async let oversized: Void = attacks.oversizedLengths()
        async let random: Void = attacks.randomBytes()
        async let slow: Void = attacks.slowloris()
        async let flood: Void = attacks.connectionFlood()
        async let tokens: Void = attacks.wrongTokens()
        let attacked = try await Self.takeTickets(kiosk, for: duration, tag: "attacked")
        _ = await (oversized, random, slow, flood, tokens)
        try await Task.sleep(for: .seconds(3))  // let the server let go of what the attacks held
        let after = server.memory
        await kiosk.close()

        var alone = BenchRow(scenario: "hostile", variant: "kiosk, no attack", outcome: quiet.outcome, memory: before)
        alone.values = [("well_behaved_failures", Double(quiet.outcome.failures))]
        var row = BenchRow(scenario: "hostile", variant: "well-behaved client", outcome: attacked.outcome, memory: after)
        row.values = [
            ("rss_before_kib", Double(before?.residentKiB ?? 0)), ("rss_after_kib", Double(after?.residentKiB ?? 0)),
            ("well_behaved_failures", Double(attacked.outcome.failures)),
        ] + tally.values
        return [alone, row]
    }

    /// One take every 10 ms (or as soon as the last one answered, if it took longer).
    static func takeTickets(_ client: FrameClient, for duration: Duration, tag: String) async throws -> (outcome: ClosedLoop.Outcome, Void) {
        var latencies: [UInt64] = []
        var failures = 0
        var firstFailure: String?
        let start = MonotonicClock.now()
        let deadline = start + UInt64(duration.milliseconds * 1e6)
        var index = 0
        while MonotonicClock.now() < deadline {
            let began = MonotonicClock.now()
            do {
                let result = try await client.call(.takeTicket, Requests.takeTicket(service: "medical", key: "\(tag)-\(index)"))
                if result.isOK { latencies.append(result.nanoseconds) } else {
                    failures += 1
                    firstFailure = firstFailure ?? "\(result.status.code) \(result.status.message)"
                }
            } catch {
                failures += 1
                firstFailure = firstFailure ?? "\(error)"
                break
            }
            index += 1
            let spent = MonotonicClock.now() - began
            if spent < 10_000_000 { try await Task.sleep(for: .nanoseconds(Int64(10_000_000 - spent))) }
        }
        return (ClosedLoop.Outcome(latencies: latencies, failures: failures, firstFailure: firstFailure, seconds: MonotonicClock.seconds(since: start)), ())
    }
}
