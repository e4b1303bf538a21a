/// How long to wait before the next reconnection attempt: exponential from `initial`, capped at
/// `maximum`, with "equal jitter" (half fixed, half random) so that a room full of kiosks and
/// boards does not reconnect in lockstep after the server restarts. Pure: the randomness is
/// passed in, so tests use a seeded generator.
public struct Backoff: Hashable, Sendable {
    public var initial: Duration
    public var maximum: Duration
    public var multiplier: Int
    /// Failed attempts since the last success.
    public private(set) var attempts = 0

    public init(initial: Duration = .milliseconds(250), maximum: Duration = .seconds(10), multiplier: Int = 2) {
        precondition(initial > .zero && maximum >= initial && multiplier >= 1)
        self.initial = initial
        self.maximum = maximum
        self.multiplier = multiplier
    }

    /// The ceiling before jitter for the current attempt: `initial × multiplier^attempts`, at most `maximum`.
    public var ceiling: Duration {
        var delay = initial
        for _ in 0..<attempts {
            delay *= multiplier
            if delay >= maximum { return maximum }
        }
        return min(delay, maximum)
    }

    /// The delay before the next attempt (between half the ceiling and the ceiling), and counts it.
    public mutating func nextDelay(using generator: inout some RandomNumberGenerator) -> Duration {
        let ceiling = self.ceiling
        attempts += 1
        let half = ceiling / 2
        let nanoseconds = Int64((half / .nanoseconds(1)).rounded(.down))
        let jitter = nanoseconds > 0 ? Int64.random(in: 0...nanoseconds, using: &generator) : 0
        return half + .nanoseconds(jitter)
    }

    /// The delay before the next attempt, with the system's random generator.
    public mutating func nextDelay() -> Duration {
        var generator = SystemRandomNumberGenerator()
        return nextDelay(using: &generator)
    }

    /// A connection succeeded: start again from `initial`.
    public mutating func reset() { attempts = 0 }
}
