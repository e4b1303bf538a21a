import WireProtocol

/// What `ConnectionStateMachine` asks the connection to do after a frame.
enum ConnectionAction: Hashable, Sendable {
    case none
    /// The handshake succeeded: send WELCOME for `version`.
    case welcome(version: UInt32, grant: AuthGrant)
    /// Run the call.
    case startCall(Frame.Request, Method)
    /// End the call at once with this STATUS; the connection stays up.
    case refuseCall(callID: UInt32, WireCallStatus)
    /// The client cancelled an open call.
    case cancelCall(callID: UInt32)
    case pong(UInt64)
    /// Send this GOAWAY and close at once.
    case goAwayAndClose(WireGoAway)
}

extension Frame.Content {
    /// The frame type of this content, for messages.
    var frameType: FrameType {
        switch self {
        case .hello: .hello
        case .welcome: .welcome
        case .request: .request
        case .message: .message
        case .status: .status
        case .cancel: .cancel
        case .ping: .ping
        case .pong: .pong
        case .goAway: .goAway
        }
    }
}
