import Testing
import WireProtocol

@testable import QueueServer

@Suite struct AuthPolicyTests {
    static let serviceUID: UInt32 = 998
    static let kiosk = TokenDevice(role: .kiosk, name: "kiosk-hall")
    static let desk = TokenDevice(role: .desk, name: "room-2")

    struct Case: Sendable, CustomTestStringConvertible {
        let peer: Peer
        let token: String?
        let decision: AuthDecision
        var testDescription: String { "\(peer) token \(token == nil ? "none" : "presented") → \(decision)" }
    }

    static let loopback = AuthFixtures.network("127.0.0.1")
    static let loopbackV6 = AuthFixtures.network("::1")
    static let remote = AuthFixtures.network("192.168.1.20")
    static let root = AuthFixtures.unix(uid: 0)
    static let service = AuthFixtures.unix(uid: serviceUID)
    static let otherUser = AuthFixtures.unix(uid: 1000)
    static let wrong = "wrong-token-0000000000"

    static func admin(_ basis: AuthGrant.Basis) -> AuthDecision { .granted(AuthGrant(role: .admin, basis: basis)) }
    static func device(_ device: TokenDevice) -> AuthDecision { .granted(AuthGrant(role: device.role, basis: .token(device))) }

    static let withTokens: [Case] = [
        Case(peer: loopback, token: nil, decision: .refused(.tokenRequired)),
        Case(peer: loopback, token: AuthFixtures.kioskToken, decision: device(kiosk)),
        Case(peer: loopback, token: wrong, decision: .refused(.invalidToken)),
        Case(peer: remote, token: nil, decision: .refused(.tokenRequired)),
        Case(peer: remote, token: AuthFixtures.deskToken, decision: device(desk)),
        Case(peer: remote, token: wrong, decision: .refused(.invalidToken)),
        Case(peer: root, token: nil, decision: admin(.peerCredentials(uid: 0))),
        Case(peer: root, token: AuthFixtures.kioskToken, decision: device(kiosk)),
        Case(peer: root, token: wrong, decision: .refused(.invalidToken)),
        Case(peer: service, token: nil, decision: admin(.peerCredentials(uid: serviceUID))),
        Case(peer: otherUser, token: nil, decision: .refused(.tokenRequired)),
        Case(peer: otherUser, token: AuthFixtures.deskToken, decision: device(desk)),
        Case(peer: .unixSocket(nil), token: nil, decision: .refused(.tokenRequired)),
    ]

    static let withoutTokens: [Case] = [
        Case(peer: loopback, token: nil, decision: admin(.localWithoutTokens)),
        Case(peer: loopbackV6, token: nil, decision: admin(.localWithoutTokens)),
        Case(peer: AuthFixtures.network("::ffff:127.0.0.1"), token: nil, decision: admin(.localWithoutTokens)),
        Case(peer: loopback, token: AuthFixtures.kioskToken, decision: admin(.localWithoutTokens)),
        Case(peer: remote, token: nil, decision: .refused(.remoteWithoutTokens)),
        Case(peer: remote, token: AuthFixtures.kioskToken, decision: .refused(.remoteWithoutTokens)),
        Case(peer: AuthFixtures.network("2001:db8::1"), token: nil, decision: .refused(.remoteWithoutTokens)),
        Case(peer: root, token: nil, decision: admin(.localWithoutTokens)),
        Case(peer: otherUser, token: nil, decision: admin(.localWithoutTokens)),
        Case(peer: .unixSocket(nil), token: nil, decision: admin(.localWithoutTokens)),
    ]

    @Test(arguments: withTokens)
    func withTokensConfigured(_ check: Case) throws {
        let policy = AuthPolicy(tokens: try AuthFixtures.store(), serviceUID: Self.serviceUID)
        #expect(policy.decide(peer: check.peer, token: check.token.flatMap(AccessToken.init(presented:))) == check.decision)
    }

    @Test(arguments: withoutTokens)
    func withoutTokensOnlyLocalPeersGetIn(_ check: Case) {
        let policy = AuthPolicy(tokens: .empty, serviceUID: Self.serviceUID)
        #expect(policy.decide(peer: check.peer, token: check.token.flatMap(AccessToken.init(presented:))) == check.decision)
    }

    @Test func nobodyIsNeverTrustedAsTheServersOwnUser() throws {
        let policy = AuthPolicy(tokens: try AuthFixtures.store(), serviceUID: AuthPolicy.overflowUID)
        #expect(policy.decide(peer: AuthFixtures.unix(uid: AuthPolicy.overflowUID), token: nil) == .refused(.tokenRequired))
    }

    @Test func refusalsSayWhatToDo() {
        #expect(AuthRefusal.lockedOut(retryAfter: .milliseconds(29_200)).description == "too many invalid tokens from here; try again in 30 s")
        #expect(AuthRefusal.lockedOut(retryAfter: .seconds(30)).description.hasSuffix("in 30 s"))
        #expect(AuthRefusal.remoteWithoutTokens.description.contains("add tokens"))
    }
}
