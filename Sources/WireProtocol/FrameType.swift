/// The kind of a frame: the byte after the length field. See docs/PROTOCOL.md.
public enum FrameType: UInt8, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Client → server, call 0: `Hello`. The first frame of a connection.
    case hello = 0x01
    /// Server → client, call 0: `Welcome`. The handshake succeeded.
    case welcome = 0x02
    /// Client → server: method id, timeout, request message. Opens a call.
    case request = 0x03
    /// Server → client: one reply or one stream item of a call.
    case message = 0x04
    /// Server → client: `CallStatus`. Ends a call; exactly one per call.
    case status = 0x05
    /// Client → server, empty: the client gives up on a call (ends a subscription).
    case cancel = 0x06
    /// Either side, call 0: eight opaque bytes the peer echoes in a PONG.
    case ping = 0x07
    case pong = 0x08
    /// Server → client, call 0: `GoAway`. No call after `last_call_id` will be processed.
    case goAway = 0x09

    /// The name used in the spec: `REQUEST`, `GOAWAY`.
    public var description: String {
        switch self {
        case .hello: "HELLO"
        case .welcome: "WELCOME"
        case .request: "REQUEST"
        case .message: "MESSAGE"
        case .status: "STATUS"
        case .cancel: "CANCEL"
        case .ping: "PING"
        case .pong: "PONG"
        case .goAway: "GOAWAY"
        }
    }
}
