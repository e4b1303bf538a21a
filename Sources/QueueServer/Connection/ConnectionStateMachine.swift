import NIOCore
import WireProtocol

/// The protocol rules of one connection, without sockets (docs/PROTOCOL.md sections 3, 4, 8
/// and 9): the handshake, which calls are open, the limits on them, cancel, ping, the idle
/// timeout and goaway. `ConnectionHandler` feeds it frames and carries out the actions it returns.
///
/// States: awaiting HELLO → open → draining (GOAWAY sent, open calls finish) → closed.
struct ConnectionStateMachine {
    enum State: Hashable, Sendable {
        case awaitingHello
        case open
        /// GOAWAY sent: calls up to `lastCallID` finish, later ones are refused.
        case draining(lastCallID: UInt32)
        case closed
    }

    private(set) var state: State = .awaitingHello
    /// The role granted at the handshake.
    private(set) var grant: AuthGrant?
    /// The calls opened and not yet ended, with their method.
    private(set) var openCalls: [UInt32: Method] = [:]
    /// The highest call id a REQUEST used; ids must grow.
    private(set) var highestCallID: UInt32 = 0
    /// The last frame received or the end of the last open call, whichever is later: the idle
    /// timeout counts from there, and only while no call is open.
    private(set) var lastActivity: NIODeadline
    let maxConcurrentCalls: Int

    init(maxConcurrentCalls: Int, now: NIODeadline = .now()) {
        self.maxConcurrentCalls = maxConcurrentCalls
        self.lastActivity = now
    }

    /// A frame from the client, received at `now`. `authenticate` decides the role for a HELLO's token.
    mutating func receive(
        _ content: Frame.Content, at now: NIODeadline = .now(), authenticate: (WireHello) -> AuthDecision
    ) -> ConnectionAction {
        lastActivity = max(lastActivity, now)
        switch state {
        case .closed:
            return .none
        case .awaitingHello:
            guard case .hello(let hello) = content else {
                return violation("the first frame must be HELLO, not \(content.frameType)")
            }
            return handshake(hello, authenticate: authenticate)
        case .open, .draining:
            return receiveAfterHandshake(content)
        }
    }

    private mutating func handshake(_ hello: WireHello, authenticate: (WireHello) -> AuthDecision) -> ConnectionAction {
        guard let version = ProtocolVersion.negotiate(hello) else {
            let speaks = ProtocolVersion.supported.map(String.init).joined(separator: ", ")
            return close(
                .unsupportedVersion,
                "no common protocol version: the client speaks \(hello.minVersion)-\(hello.maxVersion), "
                    + "this server speaks \(speaks)")
        }
        switch authenticate(hello) {
        case .refused(let refusal):
            return close(.badToken, refusal.description)
        case .granted(let grant):
            self.grant = grant
            state = .open
            return .welcome(version: version, grant: grant)
        }
    }

    private mutating func receiveAfterHandshake(_ content: Frame.Content) -> ConnectionAction {
        switch content {
        case .request(let request): return open(request)
        case .cancel(let callID): return openCalls[callID] == nil ? .none : .cancelCall(callID: callID)
        case .ping(let data): return .pong(data)
        case .pong: return .none
        case .hello: return violation("only one HELLO is allowed")
        case .welcome, .message, .status, .goAway:
            return violation("a client may not send \(content.frameType)")
        }
    }

    private mutating func open(_ request: Frame.Request) -> ConnectionAction {
        guard request.callID > highestCallID else {
            return violation("call id \(request.callID) is not greater than the earlier \(highestCallID)")
        }
        highestCallID = request.callID
        if case .draining = state {
            return .refuseCall(callID: request.callID, .refusal(.shuttingDown, "the connection is going away; retry on a new one"))
        }
        guard let method = request.method else {
            return .refuseCall(callID: request.callID, .refusal(.unknownMethod, "method \(request.methodID) is not known to this server"))
        }
        guard let grant, method.allows(grant.role) else {
            return .refuseCall(
                callID: request.callID,
                .refusal(.roleNotAllowed, "the \(grant?.role.description ?? "unauthenticated") role may not call \(method)"))
        }
        guard openCalls.count < maxConcurrentCalls else {
            return .refuseCall(
                callID: request.callID,
                .refusal(.tooManyCalls, "at most \(maxConcurrentCalls) calls may be open on one connection"))
        }
        openCalls[request.callID] = method
        return .startCall(request, method)
    }

    /// A call ended at `now` (its STATUS is about to be written). False when it was not open:
    /// its STATUS was already sent and must not be sent again.
    mutating func endCall(_ callID: UInt32, at now: NIODeadline = .now()) -> Bool {
        guard openCalls.removeValue(forKey: callID) != nil else { return false }
        if openCalls.isEmpty { lastActivity = max(lastActivity, now) }
        return true
    }

    /// Whether a call is open (a Subscribe included): the idle timeout does not run meanwhile.
    var hasCallsInFlight: Bool { !openCalls.isEmpty }

    /// What the idle timeout says at `now`.
    enum IdleCheck: Hashable, Sendable {
        /// A call is open (a kiosk waiting for a slow reply, a board subscribed), or the
        /// connection is already ending: nothing to time until the last call ends.
        case suspended
        /// Not idle long enough yet: look again then.
        case checkAgain(at: NIODeadline)
        /// `timeout` without a frame and without an open call: drain with IDLE_TIMEOUT.
        case timedOut
    }

    /// The idle timeout counts only the time with no call open: from the last frame, or from
    /// the end of the last call if that came later.
    func idleCheck(at now: NIODeadline, timeout: TimeAmount) -> IdleCheck {
        switch state {
        case .draining, .closed: return .suspended
        case .awaitingHello, .open: break
        }
        guard openCalls.isEmpty else { return .suspended }
        let due = lastActivity + timeout
        return now >= due ? .timedOut : .checkAgain(at: due)
    }

    /// Whether the connection should now close: it is draining and no call is left.
    var isDrained: Bool {
        if case .draining = state { return openCalls.isEmpty }
        return false
    }

    /// Starts the graceful end: the GOAWAY to send, and the open subscriptions to end (they would
    /// never finish on their own). Nil when a GOAWAY was already sent or the connection is closed.
    mutating func startDraining(_ reason: WireErrorDetail.Reason, _ message: String) -> Drain? {
        switch state {
        case .awaitingHello:
            state = .closed
            return Drain(goAway: WireGoAway(lastCallID: 0, reason.statusCode, message, detail: .reason(reason)), subscriptions: [])
        case .open:
            state = .draining(lastCallID: highestCallID)
            let subscriptions = openCalls.filter { $0.value == .subscribe }.keys.sorted()
            return Drain(
                goAway: WireGoAway(lastCallID: highestCallID, reason.statusCode, message, detail: .reason(reason)),
                subscriptions: subscriptions)
        case .draining, .closed:
            return nil
        }
    }

    /// A frame that does not decode: GOAWAY with the reason, then close.
    mutating func decodingFailed(_ error: FrameError) -> ConnectionAction {
        guard state != .closed else { return .none }
        state = .closed
        return .goAwayAndClose(WireGoAway(error, lastCallID: highestCallID))
    }

    /// Closes without draining (a timeout during a frame, the handshake's timeout).
    mutating func abort(_ reason: WireErrorDetail.Reason, _ message: String) -> ConnectionAction {
        guard state != .closed else { return .none }
        return close(reason, message)
    }

    /// No HELLO in time: GOAWAY and close, unless the handshake is already done.
    mutating func handshakeTimedOut(after seconds: Int) -> ConnectionAction {
        guard state == .awaitingHello else { return .none }
        return close(.idleTimeout, "no HELLO within \(seconds) s")
    }

    /// The socket is gone.
    mutating func closed() {
        state = .closed
    }

    private mutating func violation(_ text: String) -> ConnectionAction {
        close(.protocolViolation, "protocol violation: \(text)")
    }

    private mutating func close(_ reason: WireErrorDetail.Reason, _ message: String) -> ConnectionAction {
        state = .closed
        return .goAwayAndClose(
            WireGoAway(lastCallID: highestCallID, reason.statusCode, message, detail: .reason(reason, text: message)))
    }

    /// What a GOAWAY for draining carries.
    struct Drain: Hashable, Sendable {
        var goAway: WireGoAway
        /// Open Subscribe calls, to end with UNAVAILABLE / SHUTTING_DOWN.
        var subscriptions: [UInt32]
    }
}
