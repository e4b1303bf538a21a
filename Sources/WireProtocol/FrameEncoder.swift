import NIOCore

/// Writes `Frame`s to the byte stream. Refuses (fails the write) a frame longer than the
/// maximum the peer accepts, rather than send something the peer must reject.
public struct FrameEncoder: MessageToByteEncoder {
    public typealias OutboundIn = Frame

    /// The largest length field the peer accepts (WELCOME's `max_frame_length`).
    public let maximumLength: Int

    public init(maximumLength: Int = Frame.defaultMaximumLength) {
        self.maximumLength = maximumLength
    }

    public func encode(data frame: Frame, out: inout ByteBuffer) throws {
        guard frame.length <= maximumLength else {
            throw FrameError.lengthTooLarge(frame.length, maximum: maximumLength)
        }
        out.writeFrame(frame)
    }
}
