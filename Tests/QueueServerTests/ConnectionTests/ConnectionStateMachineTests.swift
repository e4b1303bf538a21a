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
        #expect(machine.receive(.ping(1)) { _ in .granted(Self.kiosk) } == .none)
    }

    @Test func theFirstFrameMustBeHello() {
        var machine = ConnectionStateMachine(maxConcurrentCalls: 4)
        #expect(Self.reason(machine.receive(.ping(7)) { _ in .granted(Self.kiosk) }) == .protocolViolation)
    }

    @Test func aSecondHelloAndServerFramesAreViolations() {
        var machine = Self.open()
        #expect(Self.reason(machine.receive(Self.hello()) { _ in .granted(Self.kiosk) }) == .protocolViolation)
        var other = Self.open()
        #expect(Self.reason(other.receive(.status(callID: 1, .ok)) { _ in .granted(Self.kiosk) }) == .protocolViolation)
    }

    @Test func requestsStartCallsAndPingIsAnswered() {
        var machine = Self.open()
        let action = machine.receive(Self.request(1, Method.getStatus.rawValue)) { _ in .granted(Self.kiosk) }
        #expect(action == .startCall(Frame.Request(callID: 1, methodID: 2), .getStatus))
        #expect(machine.openCalls == [1: .getStatus])
        #expect(machine.receive(.ping(42)) { _ in .granted(Self.kiosk) } == .pong(42))
        #expect(machine.receive(.pong(42)) { _ in .granted(Self.kiosk) } == .none)
    }

    @Test func callIDsMustGrow() {
        var machine = Self.open()
        _ = machine.receive(Self.request(5, Method.getStatus.rawValue)) { _ in .granted(Self.kiosk) }
        #expect(machine.endCall(5))
        let again = machine.receive(Self.request(5, Method.getStatus.rawValue)) { _ in .granted(Self.kiosk) }
        #expect(Self.reason(again) == .protocolViolation)
    }

    @Test func unknownMethodAndForbiddenRoleEndOnlyTheCall() {
        var machine = Self.open(Self.kiosk)
        #expect(Self.reason(machine.receive(Self.request(1, 999)) { _ in .granted(Self.kiosk) }) == .unknownMethod)
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
        #expect(machine.endCall(1))
        let fourth = machine.receive(Self.request(4, Method.getStatus.rawValue)) { _ in .granted(Self.desk) }
        #expect(fourth == .startCall(Frame.Request(callID: 4, methodID: 2), .getStatus))
    }

    @Test func cancelOfAnOpenCallOnlyAndEachCallEndsOnce() {
        var machine = Self.open()
        _ = machine.receive(Self.request(1, Method.subscribe.rawValue)) { _ in .granted(Self.desk) }
        #expect(machine.receive(.cancel(callID: 9)) { _ in .granted(Self.desk) } == .none)
        #expect(machine.receive(.cancel(callID: 1)) { _ in .granted(Self.desk) } == .cancelCall(callID: 1))
        #expect(machine.endCall(1))
        #expect(!machine.endCall(1))
    }

    @Test func drainingEndsSubscriptionsRefusesNewCallsAndClosesWhenEmpty() {
        var machine = Self.open()
        _ = machine.receive(Self.request(1, Method.subscribe.rawValue)) { _ in .granted(Self.desk) }
        _ = machine.receive(Self.request(2, Method.callNext.rawValue)) { _ in .granted(Self.desk) }
        let drain = machine.startDraining(.shuttingDown, "bye")
        #expect(drain?.goAway.lastCallID == 2)
        #expect(drain?.goAway.statusCode == .unavailable)
        #expect(drain?.subscriptions == [1])
        #expect(machine.startDraining(.shuttingDown, "bye") == nil)
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
