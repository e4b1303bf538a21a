import WireProtocol

/// The framing rules of docs/PROTOCOL.md section 2, written again from the spec and without the
/// decoder: the oracle each decoding is compared with.
enum SpecCutter {
    static func cut(_ bytes: [UInt8], maximumLength: Int, endsStream: Bool) -> StreamOutcome {
        var outcome = StreamOutcome()
        var offset = 0
        func fail(_ error: FrameError) -> StreamOutcome {
            outcome.error = error
            return outcome
        }
        while offset < bytes.count {
            let left = bytes.count - offset
            guard left >= 4 else { break }
            let length = bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            if length < 6 { return fail(.lengthTooSmall(length)) }
            if Int(length) > maximumLength { return fail(.lengthTooLarge(Int(length), maximum: maximumLength)) }
            guard left >= 5 else { break }
            if !(1...9).contains(bytes[offset + 4]) { return fail(.unknownType(bytes[offset + 4])) }
            guard left >= 6 else { break }
            if bytes[offset + 5] != 0 { return fail(.reservedFlags(bytes[offset + 5])) }
            guard left >= 4 + Int(length) else { break }
            outcome.frames.append(Array(bytes[offset..<offset + 4 + Int(length)]))
            offset += 4 + Int(length)
        }
        let left = bytes.count - offset
        if endsStream, left > 0 {
            let expected = left >= 4 ? 4 + bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } : 4
            return fail(.truncated(received: left, expected: expected))
        }
        outcome.pending = left
        return outcome
    }
}
