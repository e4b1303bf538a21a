import NIOConcurrencyHelpers
import NIOCore

/// Drives clients in closed loop on their own event loops: each client sends one call, waits
/// for its STATUS, then sends the next, until the deadline or its quota. No Swift-concurrency
/// hop between calls, so the figures are the server's, not the bench's scheduler's.
enum ClosedLoop {
    /// What a run measured.
    struct Outcome: Sendable {
        var latencies: [UInt64]
        var failures: Int
        var firstFailure: String?
        var seconds: Double

        var operations: Int { latencies.count }
        var perSecond: Double { seconds > 0 ? Double(latencies.count) / seconds : 0 }
        var summary: LatencySummary? { LatencySummary(nanoseconds: latencies) }
    }

    /// Starts the `index`-th call of client `client`.
    typealias Operation = @Sendable (_ client: Int, _ index: Int) -> EventLoopFuture<CallResult>

    private final class Lane: @unchecked Sendable {
        var latencies: [UInt64] = []
        var failures = 0
        var firstFailure: String?
    }

    /// Runs every client until `duration` passes or it has made `quota` calls.
    static func run(clients: [FrameClient], duration: Duration?, quota: Int? = nil, operation: @escaping Operation)
        async throws -> Outcome
    {
        precondition(duration != nil || quota != nil, "a closed loop needs an end")
        let start = MonotonicClock.now()
        let deadline = duration.map { start + UInt64($0.milliseconds * 1e6) } ?? .max
        let lanes = clients.map { _ in Lane() }
        var finished: [EventLoopFuture<Void>] = []
        for (index, client) in clients.enumerated() {
            let lane = lanes[index]
            let done = client.channel.eventLoop.makePromise(of: Void.self)
            let eventLoop = client.channel.eventLoop
            @Sendable func step(_ count: Int) {
                guard MonotonicClock.now() < deadline, count < (quota ?? .max) else { return done.succeed() }
                operation(index, count).hop(to: eventLoop).whenComplete { result in
                    switch result {
                    case .success(let call) where call.isOK:
                        lane.latencies.append(call.nanoseconds)
                    case .success(let call):
                        lane.failures += 1
                        if lane.firstFailure == nil { lane.firstFailure = "\(call.status.code) \(call.status.message)" }
                    case .failure(let error):
                        lane.failures += 1
                        if lane.firstFailure == nil { lane.firstFailure = "\(error)" }
                        return done.succeed()
                    }
                    step(count + 1)
                }
            }
            eventLoop.execute { step(0) }
            finished.append(done.futureResult)
        }
        for future in finished { try await future.get() }
        let seconds = MonotonicClock.seconds(since: start)
        return Outcome(
            latencies: lanes.flatMap(\.latencies), failures: lanes.reduce(0) { $0 + $1.failures },
            firstFailure: lanes.lazy.compactMap(\.firstFailure).first, seconds: seconds)
    }
}
