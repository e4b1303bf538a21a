import NIOCore
import WireProtocol

/// Calls `FrameDecoder.decode` on one buffer holding the whole input, checking what the
/// processor does not show: a frame consumes exactly its bytes, and `nil` consumes nothing
/// (so the loop always ends: every turn either stops or moves on by at least 10 bytes).
enum DirectDecoding {
    static func decode(_ bytes: [UInt8], maximumLength: Int) -> (outcome: StreamOutcome, frames: [Frame]) {
        var decoder = FrameDecoder(maximumLength: maximumLength)
        var buffer = ByteBuffer(bytes: bytes)
        var outcome = StreamOutcome()
        var frames: [Frame] = []
        while true {
            let before = buffer.readerIndex
            do {
                guard let frame = try decoder.decode(buffer: &buffer) else {
                    require(buffer.readerIndex == before, "decode returned nil after consuming bytes")
                    break
                }
                let consumed = Array(bytes[before..<buffer.readerIndex])
                require(consumed.count == 4 + frame.length, "a frame of length \(frame.length) consumed \(consumed.count) bytes")
                require(frame.wireBytes == consumed, "a decoded \(frame.type) frame re-encodes to other bytes")
                outcome.frames.append(consumed)
                frames.append(frame)
            } catch let error as FrameError {
                outcome.error = error
                break
            } catch {
                require(false, "the decoder threw \(type(of: error)) \(error), not a FrameError")
            }
        }
        outcome.pending = outcome.error == nil ? buffer.readableBytes : 0
        return (outcome, frames)
    }
}
