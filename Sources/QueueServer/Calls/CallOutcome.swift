import NIOCore
import SwiftProtobuf
import WireProtocol

/// How a unary call ended: the reply (on success) and the STATUS.
struct CallOutcome: Sendable {
    var message: ByteBuffer?
    var status: WireCallStatus

    static func failed(_ status: WireCallStatus) -> CallOutcome {
        CallOutcome(message: nil, status: status)
    }

    /// A reply that fits in a frame of `maximumFrameLength`; RESOURCE_EXHAUSTED (FRAME_TOO_LARGE)
    /// otherwise, rather than send a frame the client must refuse.
    static func reply(_ message: some SwiftProtobuf.Message, maximumFrameLength: Int) -> CallOutcome {
        var body = ByteBuffer()
        do {
            try body.writeMessage(message)
        } catch {
            return .failed(WireCallStatus(.internal, "the reply could not be encoded: \(error)"))
        }
        guard Frame.headerLength + body.readableBytes <= maximumFrameLength else {
            return .failed(
                .refusal(
                    .frameTooLarge,
                    "the reply of \(body.readableBytes) bytes does not fit in a frame of \(maximumFrameLength)"))
        }
        return CallOutcome(message: body, status: .ok)
    }
}
