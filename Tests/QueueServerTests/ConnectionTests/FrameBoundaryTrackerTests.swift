import NIOCore
import Testing

@testable import QueueServer

@Suite struct FrameBoundaryTrackerTests {
    @Test func followsFramesSplitAnywhere() {
        var bytes = ByteBuffer()
        for payload in [3, 0, 10] {
            bytes.writeInteger(UInt32(6 + payload))
            bytes.writeBytes([UInt8](repeating: 1, count: 6 + payload))
        }
        let all = Array(bytes.readableBytesView)
        for cut in 0...all.count {
            var tracker = FrameBoundaryTracker()
            tracker.consume(ByteBuffer(bytes: all[..<cut]).readableBytesView)
            let boundaries = [0, 13, 23, 43]
            #expect(tracker.isInsideFrame == !boundaries.contains(cut), "cut at \(cut)")
            tracker.consume(ByteBuffer(bytes: all[cut...]).readableBytesView)
            #expect(!tracker.isInsideFrame)
        }
    }
}
