import NIOCore

/// Cuts the byte stream into `Frame`s. Rejects a frame as soon as its first bytes show it is
/// wrong: a length over the maximum is refused before any of the body is buffered, so a peer
/// cannot make the server hold more than one maximum-size frame per connection.
public struct FrameDecoder: NIOSingleStepByteToMessageDecoder {
    public typealias InboundOut = Frame

    /// The largest length field accepted.
    public let maximumLength: Int

    public init(maximumLength: Int = Frame.defaultMaximumLength) {
        self.maximumLength = maximumLength
    }

    public mutating func decode(buffer: inout ByteBuffer) throws -> Frame? {
        let start = buffer.readerIndex
        guard let length = buffer.getInteger(at: start, as: UInt32.self) else { return nil }
        guard length >= Frame.headerLength else { throw FrameError.lengthTooSmall(length) }
        guard length <= maximumLength else { throw FrameError.lengthTooLarge(Int(length), maximum: maximumLength) }
        guard let rawType = buffer.getInteger(at: start + 4, as: UInt8.self) else { return nil }
        guard let type = FrameType(rawValue: rawType) else { throw FrameError.unknownType(rawType) }
        guard let flags = buffer.getInteger(at: start + 5, as: UInt8.self) else { return nil }
        guard flags == 0 else { throw FrameError.reservedFlags(flags) }
        guard buffer.readableBytes >= 4 + Int(length) else { return nil }

        buffer.moveReaderIndex(forwardBy: 6)
        let callID = buffer.readInteger(as: UInt32.self)!
        let payload = buffer.readSlice(length: Int(length) - Frame.headerLength)!
        return Frame(type: type, callID: callID, payload: payload)
    }

    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> Frame? {
        if let frame = try decode(buffer: &buffer) { return frame }
        if seenEOF, buffer.readableBytes > 0 {
            let expected = buffer.getInteger(at: buffer.readerIndex, as: UInt32.self).map { 4 + Int($0) } ?? 4
            throw FrameError.truncated(received: buffer.readableBytes, expected: expected)
        }
        return nil
    }
}
