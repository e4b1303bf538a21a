import NIOCore
import SwiftProtobuf

extension Frame {
    /// What a frame says, by kind, with its payload read: the typed way to build and read frames.
    public enum Content: Hashable, Sendable {
        case hello(WireHello)
        case welcome(WireWelcome)
        case request(Request)
        /// One reply or stream item: the protobuf response message of the call's method.
        case message(callID: UInt32, body: ByteBuffer)
        case status(callID: UInt32, WireCallStatus)
        case cancel(callID: UInt32)
        /// Eight opaque bytes, as a big-endian integer.
        case ping(UInt64)
        case pong(UInt64)
        case goAway(WireGoAway)
    }

    /// The frame carrying `content`.
    public init(_ content: Content) throws {
        var payload = ByteBuffer()
        switch content {
        case .hello(let hello):
            try payload.writeMessage(hello)
            self.init(type: .hello, callID: 0, payload: payload)
        case .welcome(let welcome):
            try payload.writeMessage(welcome)
            self.init(type: .welcome, callID: 0, payload: payload)
        case .request(let request):
            payload.writeInteger(request.methodID)
            payload.writeInteger(request.timeoutMilliseconds)
            payload.writeImmutableBuffer(request.body)
            self.init(type: .request, callID: request.callID, payload: payload)
        case .message(let callID, let body):
            self.init(type: .message, callID: callID, payload: body)
        case .status(let callID, let status):
            try payload.writeMessage(status)
            self.init(type: .status, callID: callID, payload: payload)
        case .cancel(let callID):
            self.init(type: .cancel, callID: callID)
        case .ping(let data):
            payload.writeInteger(data)
            self.init(type: .ping, callID: 0, payload: payload)
        case .pong(let data):
            payload.writeInteger(data)
            self.init(type: .pong, callID: 0, payload: payload)
        case .goAway(let goAway):
            try payload.writeMessage(goAway)
            self.init(type: .goAway, callID: 0, payload: payload)
        }
    }

    /// Reads the payload by kind and checks the rules every frame of that kind follows (call id
    /// 0 or not, payload size, control messages that decode). Any failure is a connection error.
    public func content() throws(FrameError) -> Content {
        try checkCallID()
        switch type {
        case .hello: return .hello(try control(WireHello.self))
        case .welcome: return .welcome(try control(WireWelcome.self))
        case .request:
            var payload = payload
            guard let methodID = payload.readInteger(as: UInt16.self),
                let timeout = payload.readInteger(as: UInt32.self)
            else { throw .unexpectedPayloadLength(type, payload.readableBytes) }
            return .request(Request(callID: callID, methodID: methodID, timeoutMilliseconds: timeout, body: payload))
        case .message: return .message(callID: callID, body: payload)
        case .status: return .status(callID: callID, try control(WireCallStatus.self))
        case .cancel:
            guard payload.readableBytes == 0 else { throw .unexpectedPayloadLength(type, payload.readableBytes) }
            return .cancel(callID: callID)
        case .ping: return .ping(try opaqueBytes())
        case .pong: return .pong(try opaqueBytes())
        case .goAway: return .goAway(try control(WireGoAway.self))
        }
    }

    /// Whether this kind of frame belongs to a call (nonzero id) or to the connection (id 0).
    public var isCallFrame: Bool {
        switch type {
        case .request, .message, .status, .cancel: true
        case .hello, .welcome, .ping, .pong, .goAway: false
        }
    }

    private func checkCallID() throws(FrameError) {
        guard isCallFrame == (callID != 0) else { throw .unexpectedCallID(type, callID) }
    }

    private func control<M: SwiftProtobuf.Message>(_: M.Type) throws(FrameError) -> M {
        do {
            return try payload.decodeMessage(M.self)
        } catch {
            throw .malformedPayload(type, error.description)
        }
    }

    private func opaqueBytes() throws(FrameError) -> UInt64 {
        guard payload.readableBytes == 8, let data = payload.getInteger(at: payload.readerIndex, as: UInt64.self) else {
            throw .unexpectedPayloadLength(type, payload.readableBytes)
        }
        return data
    }
}
