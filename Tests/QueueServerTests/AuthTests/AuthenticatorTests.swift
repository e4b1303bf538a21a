import Testing
import WireProtocol

@testable import QueueServer

@Suite struct AuthenticatorTests {
    let start = ContinuousClock.now
    let remote = AuthFixtures.network("192.168.1.20")

    func authenticator(_ logs: CapturedLogs) throws -> Authenticator {
        Authenticator(policy: AuthPolicy(tokens: try AuthFixtures.store(), serviceUID: 998), logger: logs.logger)
    }

    @Test func guessingIsLockedOutEvenForTheRightToken() throws {
        let logs = CapturedLogs()
        let authenticator = try authenticator(logs)
        let wrong = AuthFixtures.token("wrong-token-0000000000")
        for second in 0..<5 {
            #expect(authenticator.authenticate(peer: remote, token: wrong, now: start + .seconds(second)) == .refused(.invalidToken))
        }
        let right = AuthFixtures.token(AuthFixtures.deskToken)
        #expect(authenticator.authenticate(peer: remote, token: right, now: start + .seconds(5)) == .refused(.lockedOut(retryAfter: .seconds(29))))
        #expect(authenticator.authenticate(peer: AuthFixtures.network("192.168.1.21"), token: right, now: start + .seconds(5))
            == .granted(AuthGrant(role: .desk, basis: .token(TokenDevice(role: .desk, name: "room-2")))))
        #expect(authenticator.authenticate(peer: remote, token: right, now: start + .seconds(34)).isGranted)
        #expect(logs.all.last == "warning too many invalid tokens: locked out peer=192.168.1.20:40000 seconds=30")
    }

    @Test func missingTokensAreNotCountedAsGuesses() throws {
        let authenticator = try authenticator(CapturedLogs())
        for second in 0..<10 {
            #expect(authenticator.authenticate(peer: remote, token: nil, now: start + .seconds(second)) == .refused(.tokenRequired))
        }
    }

    @Test func startingWithoutTokensWarns() {
        let logs = CapturedLogs()
        _ = Authenticator(policy: AuthPolicy(tokens: .empty, serviceUID: 998), logger: logs.logger)
        #expect(logs.all == ["warning no device tokens configured: local connections get admin, network connections are refused"])
    }

    @Test func logsNeverHoldTokens() throws {
        let logs = CapturedLogs()
        let authenticator = try authenticator(logs)
        for second in 0..<6 {
            _ = authenticator.authenticate(peer: remote, token: AuthFixtures.token("guess-\(second)-abcdefghijklmn"), now: start + .seconds(second))
        }
        let decision = authenticator.authenticate(peer: AuthFixtures.network("10.0.0.9"), token: AuthFixtures.token(AuthFixtures.kioskToken))
        #expect(logs.all.count == 2)
        for line in logs.all + ["\(decision)"] {
            #expect(!line.contains("secret") && !line.contains("guess"), "\(line)")
        }
        #expect(logs.all.first == "info device tokens loaded tokens=3 device tokens from /etc/queue-server/tokens")
        #expect("\(decision)" == "granted kiosk to device kiosk-hall")
    }
}

extension AuthDecision {
    var isGranted: Bool {
        if case .granted = self { return true }
        return false
    }
}
