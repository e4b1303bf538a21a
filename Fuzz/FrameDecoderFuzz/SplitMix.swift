/// A small deterministic random generator (SplitMix64), seeded from the input itself so that
/// a saved crash replays with the same split points.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// FNV-1a of the bytes: the seed for an input.
    init(hashing bytes: [UInt8]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        self.init(seed: hash)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// `bytes` cut at random points into chunks of 1 to `bytes.count / 2 + 1` bytes.
    mutating func chunks(of bytes: [UInt8]) -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        var start = 0
        while start < bytes.count {
            let size = Int.random(in: 1...(bytes.count / 2 + 1), using: &self)
            let end = min(start + size, bytes.count)
            chunks.append(Array(bytes[start..<end]))
            start = end
        }
        return chunks
    }
}
