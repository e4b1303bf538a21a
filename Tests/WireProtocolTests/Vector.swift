import NIOCore
import QueueCore
import WireProtocol

/// One parsed vector file (format: Vectors/README.md).
struct Vector: CustomStringConvertible {
    struct ExpectedFrame: Equatable {
        var type: FrameType
        var callID: UInt32
        var payload: [UInt8]
        var contentError: String?
    }

    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    let name: String
    var bytes: [UInt8] = []
    var maximumLength = Frame.defaultMaximumLength
    var endsStream = false
    var frames: [ExpectedFrame] = []
    var error: String?
    var pending = 0

    var description: String { name }

    init(name: String, text: String) throws {
        self.name = name
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw ParseError(description: "\(name): no key in '\(line)'") }
            let key = line[..<colon]
            let value = line[line.index(after: colon)...].trimmingSpaces()
            switch key {
            case "bytes": bytes += try Self.hex(value.filter { $0 != " " })
            case "max-length": maximumLength = Int(value) ?? -1
            case "eof": endsStream = value == "true"
            case "frame": frames.append(try Self.frame(value))
            case "content": frames[frames.count - 1].contentError = String(value)
            case "error": error = String(value)
            case "pending": pending = Int(value) ?? -1
            default: throw ParseError(description: "\(name): unknown key '\(key)'")
            }
        }
    }

    static func hex(_ text: some StringProtocol) throws -> [UInt8] {
        guard text.count.isMultiple(of: 2) else { throw ParseError(description: "odd hex '\(text)'") }
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            guard let byte = UInt8(text[index..<next], radix: 16) else { throw ParseError(description: "bad hex '\(text)'") }
            bytes.append(byte)
            index = next
        }
        return bytes
    }

    /// `PING call=0 payload=0102…` or `payload=empty`.
    static func frame(_ text: some StringProtocol) throws -> ExpectedFrame {
        let parts = text.split(separator: " ")
        guard parts.count == 3, let type = FrameType.allCases.first(where: { $0.description == parts[0] }),
            parts[1].hasPrefix("call="), let callID = UInt32(parts[1].dropFirst(5)), parts[2].hasPrefix("payload=")
        else { throw ParseError(description: "bad frame line '\(text)'") }
        let payload = parts[2].dropFirst(8)
        return ExpectedFrame(
            type: type, callID: callID, payload: payload == "empty" ? [] : try hex(payload), contentError: nil)
    }
}
