/// Slows down token guessing: after `maximumFailures` invalid tokens from one peer within
/// `window`, that peer is locked out, for `firstLockout` and twice as long each time it happens
/// again (up to `longestLockout`). A peer is forgotten after `memory` without failures.
///
/// Memory is bounded: at most `capacity` peers are tracked; when full, forgotten peers go first,
/// then the peer whose last failure is oldest. Time is passed in, so tests need no clock.
public struct AuthRateLimiter: Sendable {
    /// The limits; the defaults suit a care centre's handful of devices.
    public struct Limits: Sendable {
        public var maximumFailures = 5
        public var window: Duration = .seconds(60)
        public var firstLockout: Duration = .seconds(30)
        public var longestLockout: Duration = .seconds(15 * 60)
        public var memory: Duration = .seconds(60 * 60)
        public var capacity = 4096

        public init() {}
    }

    /// A peer as the limiter counts it: an IPv4 address, an IPv6 /64 network (one host usually
    /// holds a whole /64), or a Unix user.
    public enum PeerKey: Hashable, Sendable {
        case ipv4(UInt32)
        case ipv6Network(UInt64)
        case unixUser(UInt32)
        case unixUnknown
    }

    struct Record: Sendable {
        var failures = 0
        var windowStart: ContinuousClock.Instant
        var lastFailure: ContinuousClock.Instant
        var lockouts = 0
        var lockedUntil: ContinuousClock.Instant?
    }

    public let limits: Limits
    private(set) var records: [PeerKey: Record] = [:]

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// How many peers are tracked.
    public var trackedPeers: Int { records.count }

    /// How long `peer` must still wait, or nil when it may try.
    public func lockout(of peer: PeerKey, at now: ContinuousClock.Instant) -> Duration? {
        guard let until = records[peer]?.lockedUntil, now < until else { return nil }
        return now.duration(to: until)
    }

    /// Counts an invalid token from `peer`; the lockout this failure started, if it did.
    public mutating func recordFailure(of peer: PeerKey, at now: ContinuousClock.Instant) -> Duration? {
        if records[peer] == nil { makeRoom(at: now) }
        var record = records[peer] ?? Record(windowStart: now, lastFailure: now)
        if record.windowStart.duration(to: now) >= limits.window || isForgotten(record, at: now) {
            if isForgotten(record, at: now) { record.lockouts = 0 }
            record.failures = 0
            record.windowStart = now
        }
        record.failures += 1
        record.lastFailure = now
        var started: Duration?
        if record.failures >= limits.maximumFailures {
            let lockout = lockoutLength(after: record.lockouts)
            record.lockedUntil = now + lockout
            record.lockouts += 1
            record.failures = 0
            record.windowStart = now
            started = lockout
        }
        records[peer] = record
        return started
    }

    /// A peer that authenticated starts afresh.
    public mutating func recordSuccess(of peer: PeerKey) {
        records[peer] = nil
    }

    /// `firstLockout` doubled for each earlier lockout, at most `longestLockout`.
    func lockoutLength(after earlierLockouts: Int) -> Duration {
        var length = limits.firstLockout
        for _ in 0..<earlierLockouts where length < limits.longestLockout { length *= 2 }
        return min(length, limits.longestLockout)
    }

    private func isForgotten(_ record: Record, at now: ContinuousClock.Instant) -> Bool {
        let lockEnded = record.lockedUntil.map { $0 <= now } ?? true
        return lockEnded && record.lastFailure.duration(to: now) >= limits.memory
    }

    /// Before tracking a new peer when full: drops forgotten peers, then if still full the one
    /// whose last failure is oldest.
    private mutating func makeRoom(at now: ContinuousClock.Instant) {
        guard records.count >= limits.capacity else { return }
        records = records.filter { !isForgotten($0.value, at: now) }
        while records.count >= limits.capacity, let oldest = records.min(by: { $0.value.lastFailure < $1.value.lastFailure }) {
            records[oldest.key] = nil
        }
    }
}
