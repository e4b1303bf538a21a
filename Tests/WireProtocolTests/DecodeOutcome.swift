import NIOCore
import Testing
import WireProtocol

/// What a `FrameDecoder` made of a byte stream fed in chunks, the way NIO feeds it.
struct DecodeOutcome: Equatable {
    var frames: [Frame] = []
    var error: FrameError?
    /// Bytes received but not part of a decoded frame.
    var pending = 0

    /// Runs the stream through `NIOSingleStepByteToMessageProcessor`, as a channel would.
    static func decoding(
        _ chunks: [[UInt8]], maximumLength: Int = Frame.defaultMaximumLength, endsStream: Bool = false
    ) -> DecodeOutcome {
        let processor = NIOSingleStepByteToMessageProcessor(FrameDecoder(maximumLength: maximumLength))
        var outcome = DecodeOutcome()
        do {
            for chunk in chunks {
                try processor.process(buffer: ByteBuffer(bytes: chunk)) { outcome.frames.append($0) }
            }
            if endsStream {
                try processor.finishProcessing(seenEOF: true) { outcome.frames.append($0) }
            }
        } catch let error as FrameError {
            outcome.error = error
        } catch {
            Issue.record("unexpected error \(error)")
        }
        let total = chunks.reduce(0) { $0 + $1.count }
        let consumed = outcome.frames.reduce(0) { $0 + 4 + $1.length }
        outcome.pending = outcome.error == nil ? total - consumed : 0
        return outcome
    }

    /// The whole stream in one read.
    static func whole(_ bytes: [UInt8], maximumLength: Int = Frame.defaultMaximumLength, endsStream: Bool = false)
        -> DecodeOutcome
    {
        decoding([bytes], maximumLength: maximumLength, endsStream: endsStream)
    }

    /// One byte per read.
    static func byteByByte(
        _ bytes: [UInt8], maximumLength: Int = Frame.defaultMaximumLength, endsStream: Bool = false
    ) -> DecodeOutcome {
        decoding(bytes.map { [$0] }, maximumLength: maximumLength, endsStream: endsStream)
    }
}

extension FrameError {
    /// The case name, as vector files spell it.
    var caseName: String {
        switch self {
        case .lengthTooSmall: "lengthTooSmall"
        case .lengthTooLarge: "lengthTooLarge"
        case .unknownType: "unknownType"
        case .reservedFlags: "reservedFlags"
        case .truncated: "truncated"
        case .unexpectedCallID: "unexpectedCallID"
        case .unexpectedPayloadLength: "unexpectedPayloadLength"
        case .malformedPayload: "malformedPayload"
        }
    }
}

extension Frame {
    /// The frame on the wire, length prefix included.
    var bytes: [UInt8] {
        var buffer = ByteBuffer()
        buffer.writeFrame(self)
        return Array(buffer.readableBytesView)
    }
}
