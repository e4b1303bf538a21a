/// Cuts the bytes a terminal sends in raw mode into `Key`s: UTF-8 characters, Enter (CR or LF),
/// Backspace (DEL or BS), arrows and keypad keys (`ESC [ A`, `ESC O p`…). Pure and incremental:
/// bytes of an unfinished sequence are kept for the next call.
public struct KeyParser: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    public mutating func keys(from bytes: some Sequence<UInt8>) -> [Key] {
        pending.append(contentsOf: bytes)
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            let byte = pending[index]
            switch byte {
            case 0x0D, 0x0A:
                keys.append(.enter)
                index += 1
            case 0x7F, 0x08:
                keys.append(.backspace)
                index += 1
            case 0x09:
                keys.append(.tab)
                index += 1
            case 0x03, 0x04:
                keys.append(.interrupt)
                index += 1
            case 0x1B:
                guard let (key, length) = Self.escapeSequence(pending[index...]) else {
                    // ESC not followed by a sequence: the Escape key itself.
                    keys.append(.escape)
                    index += 1
                    continue
                }
                if let key { keys.append(key) }
                index += length
            case 0x00..<0x20:
                index += 1
            default:
                let length = Self.utf8Length(byte)
                guard index + length <= pending.count else {
                    pending = Array(pending[index...])
                    return keys
                }
                let text = String(decoding: pending[index..<(index + length)], as: UTF8.self)
                if let character = text.first { keys.append(.character(character)) }
                index += length
            }
        }
        pending = []
        return keys
    }

    /// A CSI or SS3 sequence at the start of `bytes`: the key (nil for one we ignore) and its length.
    static func escapeSequence(_ bytes: ArraySlice<UInt8>) -> (Key?, Int)? {
        let start = bytes.startIndex
        guard bytes.count >= 3 else { return nil }
        let introducer = bytes[start + 1]
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else { return nil }
        var end = start + 2
        while end < bytes.endIndex, (0x30...0x3F).contains(bytes[end]) { end += 1 }
        guard end < bytes.endIndex else { return nil }
        let final = bytes[end]
        let length = end - start + 1
        switch final {
        case UInt8(ascii: "A"): return (.up, length)
        case UInt8(ascii: "B"): return (.down, length)
        case UInt8(ascii: "C"): return (.right, length)
        case UInt8(ascii: "D"): return (.left, length)
        case UInt8(ascii: "M") where introducer == UInt8(ascii: "O"): return (.enter, length)
        case UInt8(ascii: "p")...UInt8(ascii: "y") where introducer == UInt8(ascii: "O"):
            // Keypad digits in application mode: ESC O p = 0 … ESC O y = 9.
            return (.character(Character(String(final - UInt8(ascii: "p")))), length)
        case UInt8(ascii: "~") where bytes[start + 2] == UInt8(ascii: "3"): return (.backspace, length)
        default: return (nil, length)
        }
    }

    static func utf8Length(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
