import Logging
import Synchronization

/// Authenticates connections: the `AuthPolicy` decision, behind the `AuthRateLimiter` so
/// invalid tokens cannot be tried fast. One per server, shared by every connection.
///
/// ```swift
/// let authenticator = Authenticator(policy: AuthPolicy(tokens: store, serviceUID: getuid()), logger: logger)
/// switch authenticator.authenticate(peer: .network(remoteAddress), token: AccessToken(presented: hello.token)) {
/// case .granted(let grant): …   // grant.role
/// case .refused(let refusal): … // UNAUTHENTICATED, refusal.description
/// }
/// ```
public final class Authenticator: Sendable {
    public let policy: AuthPolicy
    private let limiter: Mutex<AuthRateLimiter>
    private let logger: Logger

    /// Logs how devices will be let in: a warning when no tokens are configured.
    public init(policy: AuthPolicy, limits: AuthRateLimiter.Limits = AuthRateLimiter.Limits(), logger: Logger) {
        self.policy = policy
        self.limiter = Mutex(AuthRateLimiter(limits: limits))
        self.logger = logger
        if policy.tokens.isEmpty {
            logger.warning("no device tokens configured: local connections get admin, network connections are refused")
        } else {
            logger.info("device tokens loaded", metadata: ["tokens": "\(policy.tokens)"])
        }
    }

    /// Decides for a connection from `peer` that presented `token` (nil: none).
    public func authenticate(peer: Peer, token: AccessToken?, now: ContinuousClock.Instant = .now) -> AuthDecision {
        let key = peer.rateLimitKey
        if let wait = limiter.withLock({ $0.lockout(of: key, at: now) }) {
            return .refused(.lockedOut(retryAfter: wait))
        }
        let decision = policy.decide(peer: peer, token: token)
        switch decision {
        case .refused(.invalidToken):
            if let lockout = limiter.withLock({ $0.recordFailure(of: key, at: now) }) {
                logger.warning("too many invalid tokens: locked out", metadata: ["peer": "\(peer)", "seconds": "\(lockout.components.seconds)"])
            }
        case .granted:
            limiter.withLock { $0.recordSuccess(of: key) }
        case .refused:
            break
        }
        return decision
    }
}
