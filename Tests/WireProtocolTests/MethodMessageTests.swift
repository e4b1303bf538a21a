import NIOCore
import Testing
import WireProtocol

/// Every method's request and response messages travel in REQUEST and MESSAGE frames and come
/// back equal, whether the stream arrives whole or byte by byte.
@Suite("Method messages in frames")
struct MethodMessageTests {
    @Test(arguments: Method.allCases)
    func requestAndResponseRoundTrip(method: Method) throws {
        let request = MethodMessages.request(for: method)
        let response = MethodMessages.response(for: method)
        #expect(type(of: request) == method.requestType)
        #expect(type(of: response) == method.responseType)
        #expect(try !(response.serializedBytes() as [UInt8]).isEmpty)

        var body = ByteBuffer()
        try body.writeMessage(response)
        let frames = [
            try Frame(.request(try Frame.Request(callID: 9, method: method, timeoutMilliseconds: 2500, message: request))),
            try Frame(.message(callID: 9, body: body)),
            try Frame(.status(callID: 9, .ok)),
        ]
        let stream = frames.flatMap(\.bytes)
        let whole = DecodeOutcome.whole(stream)
        #expect(whole.frames == frames && whole.error == nil && whole.pending == 0)
        #expect(DecodeOutcome.byteByByte(stream) == whole)

        guard case .request(let sent) = try whole.frames[0].content(),
            case .message(callID: 9, let reply) = try whole.frames[1].content()
        else {
            Issue.record("\(method): the frames do not read as a REQUEST and a MESSAGE")
            return
        }
        #expect(sent.method == method && sent.timeoutMilliseconds == 2500)
        let requestBack = try method.requestType.init(decoding: Array(sent.body.readableBytesView))
        #expect(requestBack.isEqualTo(message: request), "\(method) request")
        let responseBack = try method.responseType.init(decoding: Array(reply.readableBytesView))
        #expect(responseBack.isEqualTo(message: response), "\(method) response")
    }
}
