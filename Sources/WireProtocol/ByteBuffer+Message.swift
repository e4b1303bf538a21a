import NIOCore
import SwiftProtobuf

extension ByteBuffer {
    /// Appends the protobuf encoding of `message`.
    public mutating func writeMessage(_ message: some SwiftProtobuf.Message) throws {
        writeBytes(try message.serializedBytes() as [UInt8])
    }

    /// Decodes the readable bytes as a `M`, without moving the reader index.
    public func decodeMessage<M: SwiftProtobuf.Message>(_ type: M.Type = M.self) throws(MessageError) -> M {
        try M(decoding: readableBytesSpan)
    }
}
