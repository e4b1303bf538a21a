import NIOCore

/// A call waiting for its frames: a unary call collects its one MESSAGE until STATUS; a
/// streaming call hands each MESSAGE to its consumer as it comes.
enum PendingCall {
    case unary(EventLoopPromise<ByteBuffer>, reply: ByteBuffer?)
    case stream(AsyncThrowingStream<ByteBuffer, any Error>.Continuation)

    /// Hands the MESSAGE body of the call on; returns the call as it is afterwards.
    func receiving(_ body: ByteBuffer) -> PendingCall {
        switch self {
        case .unary(let promise, _): return .unary(promise, reply: body)
        case .stream(let continuation):
            continuation.yield(body)
            return self
        }
    }

    /// Ends the call with its STATUS.
    func finish(_ error: ClientError?) {
        switch self {
        case .unary(let promise, let reply):
            if let error {
                promise.fail(error)
            } else {
                promise.succeed(reply ?? ByteBuffer())
            }
        case .stream(let continuation):
            if let error {
                continuation.finish(throwing: error)
            } else {
                continuation.finish()
            }
        }
    }
}
