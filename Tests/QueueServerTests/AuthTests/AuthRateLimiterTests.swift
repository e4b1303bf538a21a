import Testing

@testable import QueueServer

@Suite struct AuthRateLimiterTests {
    let start = ContinuousClock.now
    let peer = AuthRateLimiter.PeerKey.ipv4(0x0A00_0005)

    func at(_ seconds: Int) -> ContinuousClock.Instant { start + .seconds(seconds) }

    /// Records `count` failures of `peer`, one a second from `second`; the lockouts they started.
    func fail(_ limiter: inout AuthRateLimiter, _ count: Int, from second: Int, peer: AuthRateLimiter.PeerKey? = nil) -> [Duration] {
        (0..<count).compactMap { limiter.recordFailure(of: peer ?? self.peer, at: at(second + $0)) }
    }

    @Test func fiveFailuresInAMinuteLockThePeerOut() {
        var limiter = AuthRateLimiter()
        #expect(fail(&limiter, 4, from: 0) == [])
        #expect(limiter.lockout(of: peer, at: at(4)) == nil)
        #expect(limiter.recordFailure(of: peer, at: at(4)) == .seconds(30))
        #expect(limiter.lockout(of: peer, at: at(4)) == .seconds(30))
        #expect(limiter.lockout(of: peer, at: at(20)) == .seconds(14))
        #expect(limiter.lockout(of: peer, at: at(34)) == nil)
        #expect(limiter.lockout(of: .ipv4(0x0A00_0006), at: at(4)) == nil)
    }

    @Test func failuresSpreadOverMoreThanAMinuteDoNot() {
        var limiter = AuthRateLimiter()
        let lockouts = (0..<20).compactMap { limiter.recordFailure(of: peer, at: at($0 * 15)) }
        #expect(lockouts == [])
    }

    @Test func eachLockoutLastsTwiceAsLongUpToFifteenMinutes() {
        var limiter = AuthRateLimiter()
        var second = 0
        var lockouts: [Duration] = []
        for _ in 0..<8 {
            let started = fail(&limiter, 5, from: second)
            lockouts += started
            second += 4 + Int(started.last?.components.seconds ?? 0)
        }
        #expect(lockouts == [30, 60, 120, 240, 480, 900, 900, 900].map { .seconds($0) })
    }

    @Test func aSuccessStartsThePeerAfresh() {
        var limiter = AuthRateLimiter()
        _ = fail(&limiter, 4, from: 0)
        limiter.recordSuccess(of: peer)
        #expect(fail(&limiter, 4, from: 4) == [])
        #expect(limiter.trackedPeers == 1)
    }

    @Test func aPeerQuietForAnHourIsForgiven() {
        var limiter = AuthRateLimiter()
        #expect(fail(&limiter, 5, from: 0) == [.seconds(30)])
        #expect(fail(&limiter, 5, from: 40) == [.seconds(60)])
        #expect(fail(&limiter, 5, from: 44 + 3600) == [.seconds(30)])
    }

    @Test func aFloodOfDistinctPeersStaysWithinCapacity() {
        var limits = AuthRateLimiter.Limits()
        limits.capacity = 100
        var limiter = AuthRateLimiter(limits: limits)
        for address in 0..<10_000 as Range<UInt32> {
            _ = limiter.recordFailure(of: .ipv4(address), at: at(Int(address / 100)))
        }
        #expect(limiter.trackedPeers == 100)
    }

    @Test func whenFullTheOldestPeerGoesFirst() {
        var limits = AuthRateLimiter.Limits()
        limits.capacity = 3
        var limiter = AuthRateLimiter(limits: limits)
        #expect(fail(&limiter, 5, from: 10, peer: .ipv4(1)) == [.seconds(30)])
        _ = limiter.recordFailure(of: .ipv4(2), at: at(0))
        _ = limiter.recordFailure(of: .ipv4(3), at: at(20))
        _ = limiter.recordFailure(of: .ipv4(4), at: at(21))
        #expect(limiter.records[.ipv4(2)] == nil)
        #expect(limiter.lockout(of: .ipv4(1), at: at(21)) != nil)
        #expect(limiter.trackedPeers == 3)
    }
}
