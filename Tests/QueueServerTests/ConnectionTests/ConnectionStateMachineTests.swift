import NIOCore
import Testing
import WireProtocol

@testable import QueueServer

@Suite struct ConnectionStateMachineTests {
    static let kiosk = AuthGrant(role: .kiosk, basis: .localWithoutTokens)
    static let desk = AuthGrant(role: .desk, basis: .localWithoutTokens)

    static func hello(min: UInt32 = 1, max: UInt32 = 1) -> Frame.Content {
        .hello(.with {
            $0.minVersion = min
            $0.maxVersion = max
            $0.token = "whatever-token-123"
        })
    }

    static func request(_ callID: UInt32, _ methodID: UInt16) -> Frame.Content {
        .request(Frame.Request(callID: callID, methodID: methodID))
    }

    /// A machine past the handshake as `grant`.
    static func open(_ grant: AuthGrant = desk, maxCalls: Int = 4) -> ConnectionStateMachine {
        var machine = ConnectionStateMachine(maxConcurrentCalls: maxCalls)
        _ = machine.receive(hello()) { _ in .granted(grant) }
        return machine
    }

    static func reason(_ action: ConnectionAction) -> WireErrorDetail.Reason? {
        switch action {
        case .goAwayAndClose(let goAway): goAway.detail.reason
        case .refuseCall(_, let status): status.detail.reason
        default: nil
        }
    }

    @Test func helloIsAnsweredWithWelcomeAndTheGrantedRole() {
        var machine = ConnectionStateMachine(maxConcurrentCalls: 4)
        let action = machine.receive(Self.hello(max: 3)) { _ in .granted(Self.kiosk) }
        #expect(action == .welcome(version: 1, grant: Self.kiosk))
        #expect(machine.state == .open)
    }

    @Test func noCommonVersionIsRefusedBeforeTheTokenIsLookedAt() {
        var machine = ConnectionStateMachine(maxConcurrentCalls: 4)
        var asked = false
        let action = machine.receive(Self.hello(min: 2, max: 5)) { _ in
            asked = true
            return .granted(Self.kiosk)
        }
        #expect(Self.reason(action) == .unsupportedVersion)
        #expect(!asked)
        #expect(machine.state == .closed)
    }

    @Test func aRefusedTokenEndsTheConnection() {
        var machine = ConnectionStateMachine(maxConcurrentCalls: 4)
        let action = machine.receive(Self.hello()) { _ in .refused(.invalidToken) }
        guard case .goAwayAndClose(let goAway) = action else {
            Issue.record("expected GOAWAY, got \(action)")
            return
        }
        #expect(goAway.statusCode == .unauthenticated)
        #expect(goAway.detail.reason == .badToken)
        let result1 = machine.receive(.ping(1)) { _ in .granted(Self.kiosk) }
        #expect(result1 == .none)
    }

    @Test func theFirstFrameMustBeHello() {
        var machine = ConnectionStateMachine(maxConcurrentCalls: 4)
        let result2 = machine.receive(.ping(7)) { _ in .granted(Self.kiosk) }
        #expect(Self.reason(result2) == .protocolViolation)
    }

    @Test func aSecondHelloAndServerFramesAreViolations() {
        var machine = Self.open()
        let result3 = machine.receive(Self.hello()) { _ in .granted(Self.kiosk) }
        #expect(Self.reason(result3) == .protocolViolation)
        var other = Self.open()
        let result4 = other.receive(.status(callID: 1, .ok)) { _ in .granted(Self.kiosk) }
        #expect(Self.reason(result4) == .protocolViolation)
    }

    @Test func requestsStartCallsAndPingIsAnswered() {
        var machine = Self.open()
        let action = machine.receive(Self.request(1, Method.getStatus.rawValue)) { _ in .granted(Self.kiosk) }
        #expect(action == .startCall(Frame.Request(callID: 1, methodID: 2), .getStatus))
        #expect(machine.openCalls == [1: .getStatus])
        let result5 = machine.receive(.ping(42)) { _ in .granted(Self.kiosk) }
        #expect(result5 == .pong(42))
        let result6 = machine.receive(.pong(42)) { _ in .granted(Self.kiosk) }
        #expect(result6 == .none)
    }

    @Test func callIDsMustGrow() {
        var machine = Self.open()
        _ = machine.receive(Self.request(5, Method.getStatus.rawValue)) { _ in .granted(Self.kiosk) }
        let result7 = machine.endCall(5)
        #expect(result7)
        let again = machine.receive(Self.request(5, Method.getStatus.rawValue)) { _ in .granted(Self.kiosk) }
        #expect(Self.reason(again) == .protocolViolation)
    }

    @Test func unknownMethodAndForbiddenRoleEndOnlyTheCall() {
        var machine = Self.open(Self.kiosk)
        let result8 = machine.receive(Self.request(1, 999)) { _ in .granted(Self.kiosk) }
        #expect(Self.reason(result8) == .unknownMethod)
        let forbidden = machine.receive(Self.request(2, Method.callNext.rawValue)) { _ in .granted(Self.kiosk) }
        #expect(Self.reason(forbidden) == .roleNotAllowed)
        #expect(machine.state == .open)
        #expect(machine.openCalls.isEmpty)
    }

    @Test func oneCallOverTheLimitIsRefused() {
        var machine = Self.open(maxCalls: 2)
        for id: UInt32 in 1...2 {
            _ = machine.receive(Self.request(id, Method.subscribe.rawValue)) { _ in .granted(Self.desk) }
        }
        let third = machine.receive(Self.request(3, Method.getStatus.rawValue)) { _ in .granted(Self.desk) }
        #expect(Self.reason(third) == .tooManyCalls)
        let result9 = machine.endCall(1)
        #expect(result9)
        let fourth = machine.receive(Self.request(4, Method.getStatus.rawValue)) { _ in .granted(Self.desk) }
        #expect(fourth == .startCall(Frame.Request(callID: 4, methodID: 2), .getStatus))
    }

    @Test func cancelOfAnOpenCallOnlyAndEachCallEndsOnce() {
        var machine = Self.open()
        _ = machine.receive(Self.request(1, Method.subscribe.rawValue)) { _ in .granted(Self.desk) }
        let result10 = machine.receive(.cancel(callID: 9)) { _ in .granted(Self.desk) }
        #expect(result10 == .none)
        let result11 = machine.receive(.cancel(callID: 1)) { _ in .granted(Self.desk) }
        #expect(result11 == .cancelCall(callID: 1))
        let result12 = machine.endCall(1)
        #expect(result12)
        let result13 = machine.endCall(1)
        #expect(!result13)
    }

    @Test func drainingEndsSubscriptionsRefusesNewCallsAndClosesWhenEmpty() {
        var machine = Self.open()
        _ = machine.receive(Self.request(1, Method.subscribe.rawValue)) { _ in .granted(Self.desk) }
        _ = machine.receive(Self.request(2, Method.callNext.rawValue)) { _ in .granted(Self.desk) }
        let drain = machine.startDraining(.shuttingDown, "bye")
        #expect(drain?.goAway.lastCallID == 2)
        #expect(drain?.goAway.statusCode == .unavailable)
        #expect(drain?.subscriptions == [1])
        let result14 = machine.startDraining(.shuttingDown, "bye")
        #expect(result14 == nil)
        let late = machine.receive(Self.request(3, Method.getStatus.rawValue)) { _ in .granted(Self.desk) }
        #expect(Self.reason(late) == .shuttingDown)
        #expect(!machine.isDrained)
        _ = machine.endCall(1)
        _ = machine.endCall(2)
        #expect(machine.isDrained)
    }

    @Test func anUndecodableFrameGetsItsReason() {
        var machine = Self.open()
        let action = machine.decodingFailed(.lengthTooLarge(70_000, maximum: 65_536))
        #expect(Self.reason(action) == .frameTooLarge)
        #expect(machine.state == .closed)
    }
}
