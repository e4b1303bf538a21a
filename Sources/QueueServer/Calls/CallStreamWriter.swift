import NIOCore

/// Lets a streaming call running as a task write its MESSAGE frames on the connection's event
/// loop, one at a time: each `send` returns once the frame is written, so a slow reader slows
/// the stream instead of filling memory.
struct CallStreamWriter: Sendable {
    let callID: UInt32
    let handler: NIOLoopBound<ConnectionHandler>

    /// Throws once the call or the connection is over.
    func send(_ body: ByteBuffer) async throws {
        let handler = handler
        let callID = callID
        try await handler.eventLoop.flatSubmit { handler.value.writeStreamMessage(callID, body) }.get()
    }
}
