import NIOCore
import SwiftProtobuf

extension Frame {
    /// A REQUEST: opens call `callID` of method `methodID`. Payload: method id `UInt16 BE`,
    /// timeout in milliseconds `UInt32 BE` (0 = none), then the request message.
    public struct Request: Hashable, Sendable {
        public var callID: UInt32
        /// Kept raw: an id this server does not know ends the call (UNIMPLEMENTED), not the
        /// connection.
        public var methodID: UInt16
        public var timeoutMilliseconds: UInt32
        /// The protobuf request message.
        public var body: ByteBuffer

        public init(callID: UInt32, methodID: UInt16, timeoutMilliseconds: UInt32 = 0, body: ByteBuffer = ByteBuffer()) {
            self.callID = callID
            self.methodID = methodID
            self.timeoutMilliseconds = timeoutMilliseconds
            self.body = body
        }

        /// A request for `method` carrying `message`.
        public init(
            callID: UInt32, method: Method, timeoutMilliseconds: UInt32 = 0, message: some SwiftProtobuf.Message
        ) throws {
            var body = ByteBuffer()
            try body.writeMessage(message)
            self.init(callID: callID, methodID: method.rawValue, timeoutMilliseconds: timeoutMilliseconds, body: body)
        }

        /// The method, nil when this version does not know the id.
        public var method: Method? { Method(rawValue: methodID) }
    }
}
