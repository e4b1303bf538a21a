import NIOConcurrencyHelpers

/// Tells the torture's clients when the server is up (and which start it is), and lets the
/// killer wait until every client has noticed it went down.
final class ServerGate: Sendable {
    private struct State {
        var generation = 0
        var up = false
        var stopped = false
        var parked = 0
    }

    private let state = NIOLockedValueBox(State())

    func open() { state.withLockedValue { $0.generation += 1; $0.up = true } }
    func close() { state.withLockedValue { $0.up = false } }
    func stop() { state.withLockedValue { $0.stopped = true; $0.up = false } }

    var isStopped: Bool { state.withLockedValue { $0.stopped } }

    /// Waits for a start newer than `after`; nil once the run is over.
    func waitForStart(after: Int) async -> Int? {
        state.withLockedValue { $0.parked += 1 }
        defer { state.withLockedValue { $0.parked -= 1 } }
        while true {
            let (generation, up, stopped) = state.withLockedValue { ($0.generation, $0.up, $0.stopped) }
            if stopped { return nil }
            if up && generation > after { return generation }
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Waits until `count` clients are parked in `waitForStart` (they all saw the server die).
    func waitUntilParked(_ count: Int) async {
        while state.withLockedValue({ $0.parked }) < count {
            try? await Task.sleep(for: .milliseconds(1))
        }
    }
}
