import Testing

/// The worked examples of docs/PROTOCOL.md are the test vectors: the spec and the code agree.
@Suite("Spec examples (docs/PROTOCOL.md section 11)")
struct SpecExampleTests {
    static func spec() throws -> String {
        try #require(VectorFile.read(VectorFile.specPath), "cannot read \(VectorFile.specPath)")
    }

    static func examples() throws -> [SpecExample] {
        SpecExample.all(in: try spec())
    }

    @Test func theSpecShowsAnExampleOfEveryFrameTypeAndError() throws {
        let named = Set(try Self.examples().flatMap(\.vectors))
        #expect(named.count >= 14)
        for vector in [
            "hello.vector", "request-take-ticket.vector", "status-closed.vector", "request-subscribe.vector",
            "message-event.vector", "cancel.vector", "ping.vector", "pong.vector", "goaway.vector",
            "error-length-too-large.vector", "error-length-too-small.vector", "error-unknown-type.vector",
            "error-reserved-flags.vector", "request-unknown-method.vector",
        ] {
            #expect(named.contains(vector), "docs/PROTOCOL.md shows no block for \(vector)")
        }
    }

    @Test func everyExampleShowsTheBytesOfItsVectors() throws {
        for example in try Self.examples() {
            #expect(!example.runs.isEmpty && !example.hasOpenEnd, "\(example): no bytes, or `…` at an end")
            var bytes: [UInt8] = []
            for name in example.vectors {
                let text = try #require(VectorFile.contents(of: name), "the spec names \(name), which does not exist")
                bytes += try Vector(name: name, text: text).bytes
            }
            #expect(example.matches(bytes), "the block for \(example) does not show the bytes of its vectors")
        }
    }

    @Test func everyVectorTheSpecNamesExists() throws {
        let files = Set(VectorFile.names())
        for word in try Self.spec().split(whereSeparator: { " `(),\n".contains($0) }) where word.hasSuffix(".vector") {
            #expect(files.contains(String(word)), "docs/PROTOCOL.md names \(word), which is not in Vectors/")
        }
    }

    @Test func leftOutBytesMatchOneByteOrMore() {
        let example = SpecExample.all(in: "```hex x.vector\n01 02 … 05  comment\n   06\n```\n")[0]
        #expect(example.runs == [[1, 2], [5, 6]])
        #expect(example.matches([1, 2, 3, 5, 6]))
        #expect(example.matches([1, 2, 3, 4, 5, 6]))
        #expect(!example.matches([1, 2, 5, 6]))
        #expect(!example.matches([1, 2, 3, 5, 7]))
        let comment = SpecExample.all(in: "```hex y.vector\n0a 0b\n   REQUEST, call 3 ab\n```\n")[0]
        #expect(comment.runs == [[0x0a, 0x0b]])
        #expect(comment.matches([0x0a, 0x0b]))
    }
}
