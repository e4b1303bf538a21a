import NIOCore
import SwiftProtobuf
import WireProtocol

/// What one call got back: its MESSAGE bodies and its STATUS, with the round trip measured on
/// the client's event loop, from writing the REQUEST to reading the STATUS.
struct CallResult: Sendable {
    var messages: [ByteBuffer]
    var status: WireCallStatus
    var nanoseconds: UInt64

    var isOK: Bool { status.code == 0 }

    /// The first MESSAGE decoded as `M`: the reply of a unary call that succeeded.
    func reply<M: SwiftProtobuf.Message>(_: M.Type = M.self) throws -> M {
        guard isOK else { throw BenchError("call failed: \(status.code) \(status.message)") }
        guard let body = messages.first else { throw BenchError("call ended OK without a reply message") }
        return try body.decodeMessage(M.self)
    }
}

/// Why the bench stopped or a check failed, in one readable line.
struct BenchError: Error, CustomStringConvertible, Sendable {
    let description: String
    init(_ description: String) { self.description = description }
}
