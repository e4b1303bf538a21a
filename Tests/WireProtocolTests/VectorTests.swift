import NIOCore
import QueueCore
import Testing
import WireProtocol

@Suite("Frame test vectors (Vectors/*.vector)")
struct VectorTests {
    @Test func vectorsAreFound() {
        #expect(VectorFile.names().count >= 25, "looked in \(VectorFile.directory)")
    }

    @Test(arguments: VectorFile.names())
    func vector(_ name: String) throws {
        let vector = try Vector(name: name, text: try #require(VectorFile.contents(of: name)))
        let whole = DecodeOutcome.whole(vector.bytes, maximumLength: vector.maximumLength, endsStream: vector.endsStream)
        let bytewise = DecodeOutcome.byteByByte(
            vector.bytes, maximumLength: vector.maximumLength, endsStream: vector.endsStream)
        #expect(whole == bytewise)
        // And cut in two at every point.
        for cut in 0...vector.bytes.count {
            let halves = [Array(vector.bytes[..<cut]), Array(vector.bytes[cut...])]
            #expect(
                DecodeOutcome.decoding(halves, maximumLength: vector.maximumLength, endsStream: vector.endsStream)
                    == whole, "cut at \(cut)")
        }

        let decoded = whole.frames.map {
            Vector.ExpectedFrame(type: $0.type, callID: $0.callID, payload: Array($0.payload.readableBytesView))
        }
        #expect(decoded == vector.frames.map { Vector.ExpectedFrame(type: $0.type, callID: $0.callID, payload: $0.payload) })
        #expect(whole.error?.caseName == vector.error)
        #expect(whole.pending == vector.pending)

        for (frame, expected) in zip(whole.frames, vector.frames) {
            let content: Frame.Content
            do {
                content = try frame.content()
            } catch {
                #expect(error.caseName == expected.contentError)
                continue
            }
            #expect(expected.contentError == nil, "content() accepted a frame the vector says is invalid")
            #expect(try Frame(content).bytes == frame.bytes)
        }
    }
}

/// The vectors quoted in docs/PROTOCOL.md are what this code sends for the values they describe.
@Suite("Vectors match the code")
struct VectorsMatchTheCodeTests {
    static func bytes(of name: String) throws -> [UInt8] {
        try Vector(name: name, text: try #require(VectorFile.contents(of: name))).bytes
    }

    @Test func takeTicketRequest() throws {
        let command = QueueCommand.takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: "k-42")
        let message = try #require(command.request)
        let request = try Frame.Request(callID: 1, method: .takeTicket, timeoutMilliseconds: 5000, message: message)
        #expect(try Frame(.request(request)).bytes == Self.bytes(of: "request-take-ticket.vector"))
    }

    @Test func closedStatus() throws {
        let next = LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 24)!, time: TimeOfDay(hour: 8)!)
        let status = WireCallStatus(
            QueueError.closed(service: nil, nextOpening: next), timeZone: .fixed(offsetSeconds: 3600))
        #expect(try Frame(.status(callID: 1, status)).bytes == Self.bytes(of: "status-closed.vector"))
    }

    @Test func kioskHello() throws {
        let hello = WireHello.with {
            $0.minVersion = 1
            $0.maxVersion = 1
            $0.token = "s3cret"
            $0.clientName = "kiosk-1"
        }
        #expect(try Frame(.hello(hello)).bytes == Self.bytes(of: "hello.vector"))
    }

    @Test func subscribeThenCancel() throws {
        let request = try Frame.Request(callID: 3, method: .subscribe, message: WireSubscribeRequest.with { $0.afterSeq = 41 })
        #expect(try Frame(.request(request)).bytes == Self.bytes(of: "request-subscribe.vector"))
        #expect(try Frame(.cancel(callID: 3)).bytes == Self.bytes(of: "cancel.vector"))
    }

    @Test func pingAndPong() throws {
        #expect(try Frame(.ping(0x0102_0304_0506_0708)).bytes == Self.bytes(of: "ping.vector"))
        #expect(try Frame(.pong(0x0102_0304_0506_0708)).bytes == Self.bytes(of: "pong.vector"))
    }

    @Test func shutdownGoAway() throws {
        let goAway = WireGoAway(
            lastCallID: 7, .unavailable, "the server is shutting down", detail: .with { $0.reason = .shuttingDown })
        #expect(try Frame(.goAway(goAway)).bytes == Self.bytes(of: "goaway.vector"))
    }

    @Test func unknownMethodRequest() throws {
        #expect(try Frame(.request(Frame.Request(callID: 5, methodID: 0x0999))).bytes == Self.bytes(of: "request-unknown-method.vector"))
    }

    @Test func deskOpenedEvent() throws {
        let event = QueueEvent(seq: 7, at: Timestamp(millisecondsSinceEpoch: 1_795_417_200_000), kind: .deskOpened("salle-1"))
        var body = ByteBuffer()
        try body.writeMessage(WireQueueEvent(event))
        #expect(try Frame(.message(callID: 3, body: body)).bytes == Self.bytes(of: "message-event.vector"))
    }
}
