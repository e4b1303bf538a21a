import NIOCore
import Testing
import WireProtocol

@testable import QueueServer

/// The idle timeout counts only the time a connection has no call open: a kiosk waiting for a
/// slow reply, or a board that only listens to its subscription, is not idle.
@Suite struct IdleTimeoutStateTests {
    static let start = NIODeadline.uptimeNanoseconds(1_000_000_000_000)
    static let timeout = TimeAmount.seconds(300)

    static func at(_ seconds: Int64) -> NIODeadline { start + .seconds(seconds) }

    /// A desk connection past its handshake at `start`.
    static func open() -> ConnectionStateMachine {
        var machine = ConnectionStateMachine(maxConcurrentCalls: 4, now: start)
        _ = machine.receive(ConnectionStateMachineTests.hello(), at: start) { _ in .granted(ConnectionStateMachineTests.desk) }
        return machine
    }

    static func send(_ machine: inout ConnectionStateMachine, _ content: Frame.Content, at seconds: Int64) -> ConnectionAction {
        machine.receive(content, at: at(seconds)) { _ in .granted(ConnectionStateMachineTests.desk) }
    }

    @Test func aSilentConnectionTimesOutAfterTheTimeout() {
        let machine = Self.open()
        #expect(machine.idleCheck(at: Self.at(299), timeout: Self.timeout) == .checkAgain(at: Self.at(300)))
        #expect(machine.idleCheck(at: Self.at(300), timeout: Self.timeout) == .timedOut)
    }

    @Test func beforeTheHandshakeTheTimeoutRunsToo() {
        let machine = ConnectionStateMachine(maxConcurrentCalls: 4, now: Self.start)
        #expect(machine.idleCheck(at: Self.at(300), timeout: Self.timeout) == .timedOut)
    }

    @Test func anyFrameStartsTheCountAgain() {
        var machine = Self.open()
        #expect(Self.send(&machine, .ping(1), at: 200) == .pong(1))
        #expect(machine.idleCheck(at: Self.at(300), timeout: Self.timeout) == .checkAgain(at: Self.at(500)))
        #expect(machine.idleCheck(at: Self.at(500), timeout: Self.timeout) == .timedOut)
    }

    @Test func aCallWaitingForASlowReplyIsNotIdleAndTheCountStartsWhenItEnds() {
        var machine = Self.open()
        let call = Self.send(&machine, ConnectionStateMachineTests.request(1, Method.takeTicket.rawValue), at: 10)
        #expect(call == .startCall(Frame.Request(callID: 1, methodID: Method.takeTicket.rawValue), .takeTicket))
        #expect(machine.hasCallsInFlight)
        // The writer is busy for ten minutes: the kiosk waits, the connection stays.
        #expect(machine.idleCheck(at: Self.at(310), timeout: Self.timeout) == .suspended)
        #expect(machine.idleCheck(at: Self.at(610), timeout: Self.timeout) == .suspended)
        let ended1 = machine.endCall(1, at: Self.at(610))
        #expect(ended1)
        #expect(!machine.hasCallsInFlight)
        #expect(machine.idleCheck(at: Self.at(611), timeout: Self.timeout) == .checkAgain(at: Self.at(910)))
        #expect(machine.idleCheck(at: Self.at(910), timeout: Self.timeout) == .timedOut)
    }

    @Test func theCountWaitsForTheLastOfSeveralCalls() {
        var machine = Self.open()
        _ = Self.send(&machine, ConnectionStateMachineTests.request(1, Method.callNext.rawValue), at: 0)
        _ = Self.send(&machine, ConnectionStateMachineTests.request(2, Method.getStatus.rawValue), at: 1)
        let ended2 = machine.endCall(2, at: Self.at(2))
        #expect(ended2)
        #expect(machine.idleCheck(at: Self.at(400), timeout: Self.timeout) == .suspended)
        let ended3 = machine.endCall(1, at: Self.at(400))
        #expect(ended3)
        #expect(machine.idleCheck(at: Self.at(400), timeout: Self.timeout) == .checkAgain(at: Self.at(700)))
    }

    @Test func aBoardThatOnlySubscribesIsNotIdle() {
        var machine = Self.open()
        _ = Self.send(&machine, ConnectionStateMachineTests.request(1, Method.subscribe.rawValue), at: 0)
        #expect(machine.idleCheck(at: Self.at(86_400), timeout: Self.timeout) == .suspended)
        // Its subscription ends (cancelled, timed out, too slow): the count starts then.
        let ended4 = machine.endCall(1, at: Self.at(86_400))
        #expect(ended4)
        #expect(machine.idleCheck(at: Self.at(86_400 + 300), timeout: Self.timeout) == .timedOut)
    }

    @Test func aCallRefusedOrEndedTwiceDoesNotMoveTheCount() {
        var machine = Self.open()
        let ended5 = machine.endCall(7, at: Self.at(250))
        #expect(!ended5)
        #expect(machine.idleCheck(at: Self.at(300), timeout: Self.timeout) == .timedOut)
    }

    @Test func aDrainingConnectionIsLeftToTheDrainTimeout() {
        var machine = Self.open()
        _ = machine.startDraining(.shuttingDown, "bye")
        #expect(machine.idleCheck(at: Self.at(1000), timeout: Self.timeout) == .suspended)
    }
}
