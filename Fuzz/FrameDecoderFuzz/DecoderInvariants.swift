import WireProtocol

/// The decoder's invariants on one input: decoded whole, byte by byte and in random chunks,
/// with the default maximum and a small one, with and without the end of the stream, it gives
/// exactly what the spec's rules give; then every frame's contents are checked.
enum DecoderInvariants {
    static func check(_ bytes: [UInt8]) {
        var random = SplitMix(hashing: bytes)
        let maximums = [Frame.defaultMaximumLength, Frame.headerLength + Int.random(in: 0...64, using: &random)]
        for maximumLength in maximums {
            let (direct, frames) = DirectDecoding.decode(bytes, maximumLength: maximumLength)
            require(
                direct == SpecCutter.cut(bytes, maximumLength: maximumLength, endsStream: false),
                "decode gave \(direct), the spec says \(SpecCutter.cut(bytes, maximumLength: maximumLength, endsStream: false))")
            for endsStream in [false, true] {
                let expected = SpecCutter.cut(bytes, maximumLength: maximumLength, endsStream: endsStream)
                let feeds = [("whole", [bytes]), ("byte by byte", bytes.map { [$0] }), ("in chunks", random.chunks(of: bytes))]
                for (name, chunks) in feeds {
                    let outcome = StreamOutcome.processing(chunks, maximumLength: maximumLength, endsStream: endsStream)
                    require(outcome == expected, "fed \(name) (eof \(endsStream)): \(outcome), the spec says \(expected)")
                }
            }
            if let error = direct.error { ErrorInvariants.check(error) }
            for frame in frames { ContentInvariants.check(frame, maximumLength: maximumLength) }
        }
    }
}
