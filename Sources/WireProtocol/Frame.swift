import NIOCore

/// One unit of the protocol on the byte stream:
/// `length: UInt32 BE | type: UInt8 | flags: UInt8 (0) | callID: UInt32 BE | payload`,
/// where `length` counts every byte after itself (at least 6).
///
/// This is the raw frame the codec reads and writes; `content()` and `init(_:)` read and build
/// the typed payload of each kind.
public struct Frame: Hashable, Sendable {
    public var type: FrameType
    /// 0 for connection-level frames (HELLO, WELCOME, PING, PONG, GOAWAY); the call otherwise.
    public var callID: UInt32
    public var payload: ByteBuffer

    public init(type: FrameType, callID: UInt32, payload: ByteBuffer = ByteBuffer()) {
        self.type = type
        self.callID = callID
        self.payload = payload
    }

    /// The bytes after the length field and before the payload: type, flags, call id.
    public static let headerLength = 6
    /// The largest `length` a peer accepts unless the server's WELCOME says otherwise.
    public static let defaultMaximumLength = 65_536

    /// The value of the length field: the header after it plus the payload.
    public var length: Int { Frame.headerLength + payload.readableBytes }
}

extension ByteBuffer {
    /// Writes `frame` with its length prefix; the flags byte is 0 (no flag is defined in version 1).
    public mutating func writeFrame(_ frame: Frame) {
        writeInteger(UInt32(truncatingIfNeeded: frame.length))
        writeInteger(frame.type.rawValue)
        writeInteger(UInt8(0))
        writeInteger(frame.callID)
        writeImmutableBuffer(frame.payload)
    }
}
