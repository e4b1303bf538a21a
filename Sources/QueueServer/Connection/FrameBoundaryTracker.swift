import NIOCore

/// Follows the length prefixes of the byte stream to tell whether a frame has begun and not
/// ended, for the partial-frame (slowloris) timeout. Knows nothing else about frames.
struct FrameBoundaryTracker {
    private var lengthBytesSeen = 0
    private var length: UInt32 = 0
    private var bodyRemaining = 0

    /// Whether bytes of an unfinished frame have arrived.
    var isInsideFrame: Bool { lengthBytesSeen > 0 || bodyRemaining > 0 }

    mutating func consume(_ bytes: ByteBufferView) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bodyRemaining > 0 {
                let taken = min(bodyRemaining, bytes.endIndex - index)
                bodyRemaining -= taken
                index += taken
                continue
            }
            length = length << 8 | UInt32(bytes[index])
            lengthBytesSeen += 1
            index += 1
            if lengthBytesSeen == 4 {
                bodyRemaining = Int(length)
                lengthBytesSeen = 0
                length = 0
            }
        }
    }
}
