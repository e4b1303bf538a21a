/// A frame that breaks the protocol. Every one of these is a connection error: the server
/// answers with GOAWAY (see `WireGoAway.init(_:lastCallID:)`) and closes.
public enum FrameError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The length field is below 6, the size of the header it must cover.
    case lengthTooSmall(UInt32)
    /// The length field is above the maximum; rejected before the body is read.
    case lengthTooLarge(Int, maximum: Int)
    case unknownType(UInt8)
    /// A flag bit is set; version 1 defines none.
    case reservedFlags(UInt8)
    /// The stream ended inside a frame.
    case truncated(received: Int, expected: Int)
    /// Call 0 on a call frame, or a call id on a connection-level frame.
    case unexpectedCallID(FrameType, UInt32)
    /// A fixed-size payload of the wrong size (PING and PONG: 8, CANCEL: 0, REQUEST: at least 6).
    case unexpectedPayloadLength(FrameType, Int)
    /// A control frame's protobuf payload does not decode.
    case malformedPayload(FrameType, String)

    public var description: String {
        switch self {
        case .lengthTooSmall(let length):
            "frame length \(length) is below the minimum of \(Frame.headerLength)"
        case .lengthTooLarge(let length, let maximum):
            "frame length \(length) exceeds the maximum of \(maximum)"
        case .unknownType(let type):
            "unknown frame type 0x\(String(type, radix: 16))"
        case .reservedFlags(let flags):
            "reserved frame flags 0x\(String(flags, radix: 16)) are set"
        case .truncated(let received, let expected):
            "the connection ended inside a frame (\(received) of \(expected) bytes)"
        case .unexpectedCallID(let type, let callID):
            callID == 0 ? "\(type) needs a call id other than 0" : "\(type) must use call id 0, not \(callID)"
        case .unexpectedPayloadLength(let type, let length):
            "\(type) payload of \(length) bytes has the wrong size"
        case .malformedPayload(let type, let why):
            "\(type) payload is malformed: \(why)"
        }
    }

    /// The `ErrorDetail` reason a GOAWAY gives for this error.
    public var reason: WireErrorDetail.Reason {
        if case .lengthTooLarge = self { return .frameTooLarge }
        return .protocolViolation
    }
}
