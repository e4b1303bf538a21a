import NIOCore
import Testing
import WireProtocol

@Suite("Frame codec")
struct FrameCodecTests {
    /// One frame of every type, with realistic payloads.
    static func samples() throws -> [Frame.Content] {
        [
            .hello(.with {
                $0.minVersion = 1
                $0.maxVersion = 1
                $0.token = "s3cret"
                $0.clientName = "kiosk-1"
            }),
            .welcome(.with {
                $0.version = 1
                $0.role = .desk
                $0.maxFrameLength = 65_536
                $0.maxConcurrentCalls = 16
            }),
            .request(
                try Frame.Request(
                    callID: 1, method: .takeTicket, timeoutMilliseconds: 5000,
                    message: WireTakeTicketRequest.with { $0.service = "medical" })),
            .message(callID: 1, body: ByteBuffer(bytes: [0x08, 0x07])),
            .status(callID: 1, WireCallStatus(.notFound, "no ticket M-007 today")),
            .cancel(callID: 3),
            .ping(0x0102_0304_0506_0708),
            .pong(0xffff_ffff_ffff_ffff),
            .goAway(WireGoAway(lastCallID: 9, .unavailable, "the server is shutting down")),
        ]
    }

    @Test func everyFrameTypeRoundTrips() throws {
        let samples = try Self.samples()
        #expect(Set(try samples.map { try Frame($0).type }) == Set(FrameType.allCases))
        for content in samples {
            let frame = try Frame(content)
            var buffer = ByteBuffer()
            try FrameEncoder().encode(data: frame, out: &buffer)
            let outcome = DecodeOutcome.whole(Array(buffer.readableBytesView))
            #expect(outcome.frames == [frame])
            #expect(try outcome.frames.first?.content() == content)
        }
    }

    @Test func wholeAndByteByByteGiveTheSameFrames() throws {
        let stream = try Self.samples().flatMap { try Frame($0).bytes }
        let whole = DecodeOutcome.whole(stream)
        #expect(whole.frames.count == 9)
        #expect(whole.error == nil && whole.pending == 0)
        #expect(DecodeOutcome.byteByByte(stream) == whole)
        // And in uneven pieces.
        let pieces = stride(from: 0, to: stream.count, by: 7).map { Array(stream[$0..<min($0 + 7, stream.count)]) }
        #expect(DecodeOutcome.decoding(pieces) == whole)
    }

    @Test func oversizedLengthIsRejectedBeforeTheBody() {
        // Only the length field has arrived: the decoder must not wait for 65,537 more bytes.
        let outcome = DecodeOutcome.whole([0x00, 0x01, 0x00, 0x01])
        #expect(outcome.error == .lengthTooLarge(65_537, maximum: 65_536))
        #expect(DecodeOutcome.whole([0xff, 0xff, 0xff, 0xff]).error == .lengthTooLarge(Int(UInt32.max), maximum: 65_536))
        // The largest allowed length is fine and waits for its body.
        #expect(DecodeOutcome.whole([0x00, 0x01, 0x00, 0x00, 0x04, 0x00]).pending == 6)
    }

    @Test func truncatedFramesWaitForMore() throws {
        let bytes = try Frame(.status(callID: 4, .ok)).bytes
        for cut in 0..<bytes.count {
            let outcome = DecodeOutcome.whole(Array(bytes[..<cut]))
            #expect(outcome.frames.isEmpty && outcome.error == nil && outcome.pending == cut)
        }
        let ended = DecodeOutcome.whole(Array(bytes.dropLast()), endsStream: true)
        #expect(ended.error == .truncated(received: bytes.count - 1, expected: bytes.count))
    }

    @Test func encoderRefusesFramesThePeerWouldReject() throws {
        let frame = Frame(type: .message, callID: 1, payload: ByteBuffer(repeating: 0, count: 11))
        var buffer = ByteBuffer()
        #expect(throws: FrameError.lengthTooLarge(17, maximum: 16)) {
            try FrameEncoder(maximumLength: 16).encode(data: frame, out: &buffer)
        }
        #expect(buffer.readableBytes == 0)
    }

    @Test func requestCarriesMethodTimeoutAndMessage() throws {
        let request = try Frame.Request(
            callID: 7, method: .subscribe, timeoutMilliseconds: 0, message: WireSubscribeRequest.with { $0.afterSeq = 41 })
        let frame = try Frame(.request(request))
        #expect(frame.bytes == [0, 0, 0, 14, 3, 0, 0, 0, 0, 7, 0, 3, 0, 0, 0, 0, 0x08, 0x29])
        guard case .request(let parsed) = try frame.content() else {
            Issue.record("not a request")
            return
        }
        #expect(parsed.method == .subscribe)
        #expect(try parsed.body.decodeMessage(WireSubscribeRequest.self).afterSeq == 41)
        #expect(Frame.Request(callID: 1, methodID: 0x999).method == nil)
    }

    @Test func frameErrorsBecomeGoAway() {
        let tooLarge = WireGoAway(FrameError.lengthTooLarge(70_000, maximum: 65_536), lastCallID: 4)
        #expect(tooLarge.statusCode == .resourceExhausted)
        #expect(tooLarge.detail.reason == .frameTooLarge)
        #expect(tooLarge.lastCallID == 4)
        let violation = WireGoAway(FrameError.reservedFlags(0x80), lastCallID: 0)
        #expect(violation.statusCode == .invalidArgument)
        #expect(violation.detail.reason == .protocolViolation)
        #expect(violation.message == "reserved frame flags 0x80 are set")
    }
}
