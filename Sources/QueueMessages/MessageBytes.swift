import SwiftProtobuf

extension SwiftProtobuf.Message {
    /// Decodes protobuf bytes; any failure (truncated, invalid, nested too deep) becomes
    /// `MessageError.undecodable`, so callers handle one error type.
    public init(decoding bytes: RawSpan) throws(MessageError) {
        do {
            try self.init(serializedBytes: bytes)
        } catch {
            throw .undecodable(message: Self.protoMessageName, reason: "\(error)")
        }
    }

    /// Decodes protobuf bytes held in an array (a database blob, a test vector).
    public init(decoding bytes: [UInt8]) throws(MessageError) {
        try self.init(decoding: bytes.span.bytes)
    }
}
