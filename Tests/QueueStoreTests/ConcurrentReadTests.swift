import Testing
import QueueCore
@testable import QueueStore

/// WAL lets a reader on its own thread follow the writer: it only ever sees whole committed
/// batches, in order, and in the end all of them.
@Suite struct ConcurrentReadTests {
    @Test func aReaderOnAnotherThreadFollowsTheWriter() async throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(5)
        let store = try dir.openStore()
        let reader = try dir.openReader()
        let batchEnds = Set(script.batches.map { $0.last!.seq })
        let total = script.state.lastSeq

        let writing = Task.detached { () throws in
            defer { store.close() }
            for batch in script.batches { try store.append(batch) }
        }
        let reading = Task.detached { () throws -> ([QueueEvent], Bool) in
            defer { reader.close() }
            var seen: [QueueEvent] = []
            var onlyWholeBatches = true
            while seen.last?.seq ?? 0 < total {
                let page = try reader.events(after: seen.last?.seq ?? 0, limit: 1_000)
                if let last = page.last, !batchEnds.contains(last.seq) { onlyWholeBatches = false }
                seen += page
                await Task.yield()
            }
            return (seen, onlyWholeBatches)
        }
        try await writing.value
        let (seen, onlyWholeBatches) = try await reading.value
        #expect(seen == script.events)
        #expect(onlyWholeBatches, "the reader saw part of a transaction")
    }
}
