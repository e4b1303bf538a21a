import QueueMessages
import SwiftProtobuf

/// Core value → message → bytes → message → core value.
func roundTrip<Message: SwiftProtobuf.Message, Value>(
    _ value: Value, _ encode: (Value) -> Message, _ decode: (Message) throws -> Value
) throws -> Value {
    let bytes: [UInt8] = try encode(value).serializedBytes()
    return try decode(try Message(decoding: bytes))
}
