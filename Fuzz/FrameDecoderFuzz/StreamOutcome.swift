import NIOCore
import WireProtocol

/// What a byte stream decodes to: the frames (as their wire bytes), then either a `FrameError`
/// or the count of bytes left waiting for more input.
struct StreamOutcome: Equatable, CustomStringConvertible {
    var frames: [[UInt8]] = []
    var error: FrameError?
    var pending = 0

    var description: String { "\(frames.count) frames, error \(error.map(String.init(describing:)) ?? "none"), pending \(pending)" }

    /// The stream fed to `NIOSingleStepByteToMessageProcessor` in `chunks`, as a channel feeds
    /// it; with `endsStream`, the end of the stream follows (`decodeLast`).
    static func processing(_ chunks: [[UInt8]], maximumLength: Int, endsStream: Bool) -> StreamOutcome {
        let processor = NIOSingleStepByteToMessageProcessor(FrameDecoder(maximumLength: maximumLength))
        var outcome = StreamOutcome()
        var frames: [Frame] = []
        do {
            for chunk in chunks {
                try processor.process(buffer: ByteBuffer(bytes: chunk)) { frames.append($0) }
            }
            if endsStream {
                try processor.finishProcessing(seenEOF: true) { frames.append($0) }
            }
        } catch let error as FrameError {
            outcome.error = error
        } catch {
            require(false, "the decoder threw \(type(of: error)) \(error), not a FrameError")
        }
        outcome.frames = frames.map(\.wireBytes)
        let total = chunks.reduce(0) { $0 + $1.count }
        outcome.pending = outcome.error == nil ? total - outcome.frames.reduce(0) { $0 + $1.count } : 0
        return outcome
    }
}

extension Frame {
    /// The frame as `writeFrame` puts it on the wire.
    var wireBytes: [UInt8] {
        var buffer = ByteBuffer()
        buffer.writeFrame(self)
        return Array(buffer.readableBytesView)
    }
}
