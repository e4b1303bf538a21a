import WireProtocol

/// Who gets which role: decided from the peer, the token it presented and the configured tokens.
/// Pure; `Authenticator` adds rate limiting around it.
///
/// | peer | token presented | tokens configured | decision |
/// |---|---|---|---|
/// | any | valid | yes | the device's role |
/// | any | not valid | yes | refused: invalid token |
/// | Unix socket, root or the server's user | none | any | admin |
/// | loopback or Unix socket | any or none | none | admin (a fresh install works; the server warns) |
/// | other network peer | any or none | none | refused: remote without tokens |
/// | other | none | yes | refused: token required |
///
/// A presented token is always checked when tokens exist, even for root: a device configured
/// with a wrong token must learn it, not be let in on other grounds.
public struct AuthPolicy: Sendable {
    public let tokens: TokenStore
    /// The user the server runs as.
    public let serviceUID: UInt32

    /// The kernel's overflow user (`nobody`): how a user namespace (`PrivateUsers=`) shows every
    /// user it does not map. Never trusted as the server's own user.
    static let overflowUID: UInt32 = 65534

    public init(tokens: TokenStore, serviceUID: UInt32) {
        self.tokens = tokens
        self.serviceUID = serviceUID
    }

    public func decide(peer: Peer, token: AccessToken?) -> AuthDecision {
        if tokens.isEmpty {
            return peer.isLocal ? .granted(AuthGrant(role: .admin, basis: .localWithoutTokens)) : .refused(.remoteWithoutTokens)
        }
        if let token {
            guard let device = tokens.device(for: token) else { return .refused(.invalidToken) }
            return .granted(AuthGrant(role: device.role, basis: .token(device)))
        }
        if case .unixSocket(let credentials?) = peer, isTrustedLocalUser(credentials.uid) {
            return .granted(AuthGrant(role: .admin, basis: .peerCredentials(uid: credentials.uid)))
        }
        return .refused(.tokenRequired)
    }

    /// Root, or the server's own user unless that is the overflow user.
    func isTrustedLocalUser(_ uid: UInt32) -> Bool {
        uid == 0 || (uid == serviceUID && uid != Self.overflowUID)
    }
}
