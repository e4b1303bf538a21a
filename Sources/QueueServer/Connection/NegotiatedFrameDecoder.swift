import NIOCore
import WireProtocol

/// The largest frame a connection accepts now: 65,536 until the handshake, then WELCOME's
/// `max_frame_length`. Confined to the connection's event loop.
final class FrameLengthLimit {
    var maximum: Int
    init(_ maximum: Int) { self.maximum = maximum }
}

/// `FrameDecoder` with a maximum that changes at the handshake (docs/PROTOCOL.md section 2).
/// Still rejects an oversized length as soon as its four bytes arrive.
struct NegotiatedFrameDecoder: NIOSingleStepByteToMessageDecoder {
    typealias InboundOut = Frame
    let limit: FrameLengthLimit

    mutating func decode(buffer: inout ByteBuffer) throws -> Frame? {
        var decoder = FrameDecoder(maximumLength: limit.maximum)
        return try decoder.decode(buffer: &buffer)
    }

    mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> Frame? {
        var decoder = FrameDecoder(maximumLength: limit.maximum)
        return try decoder.decodeLast(buffer: &buffer, seenEOF: seenEOF)
    }
}
