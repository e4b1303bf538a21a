import KioskClient
import Testing

/// A deterministic generator (SplitMix64) so jitter is reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct BackoffTests {
    @Test func ceilingDoublesUpToTheCap() {
        var backoff = Backoff(initial: .milliseconds(250), maximum: .seconds(2))
        var generator = SeededGenerator(state: 1)
        var ceilings: [Duration] = []
        for _ in 0..<6 {
            ceilings.append(backoff.ceiling)
            _ = backoff.nextDelay(using: &generator)
        }
        #expect(ceilings == [.milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(2), .seconds(2)])
    }

    @Test func delaysAreJitteredBetweenHalfAndTheCeiling() {
        var backoff = Backoff(initial: .seconds(1), maximum: .seconds(8))
        var generator = SeededGenerator(state: 42)
        var delays: [Duration] = []
        for _ in 0..<20 {
            let ceiling = backoff.ceiling
            let delay = backoff.nextDelay(using: &generator)
            #expect(delay >= ceiling / 2 && delay <= ceiling)
            delays.append(delay)
        }
        #expect(Set(delays.suffix(10)).count > 1, "jitter spreads reconnecting clients")
    }

    @Test func resetStartsAgain() {
        var backoff = Backoff(initial: .milliseconds(100), maximum: .seconds(10))
        var generator = SeededGenerator(state: 3)
        for _ in 0..<5 { _ = backoff.nextDelay(using: &generator) }
        #expect(backoff.ceiling == .milliseconds(3200))
        backoff.reset()
        #expect(backoff.ceiling == .milliseconds(100))
        #expect(backoff.attempts == 0)
    }

    @Test func idempotencyKeysAreFreshAndShort() {
        var generator = SeededGenerator(state: 9)
        let a = IdempotencyKey(using: &generator)
        let b = IdempotencyKey(using: &generator)
        #expect(a != b)
        #expect(a.rawValue.utf8.count == 33)
    }
}
