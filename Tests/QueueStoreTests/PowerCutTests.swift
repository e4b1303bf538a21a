import Testing
import QueueCore
@testable import QueueStore

/// What is on disk the moment an append returns is all a power cut leaves: copying the files
/// then (database and WAL, no shared memory, the writer never closed) must give every
/// acknowledged event back.
@Suite struct PowerCutTests {
    @Test func everythingCommittedSurvivesAWriterThatNeverClosed() throws {
        let dir = TemporaryDirectory()
        let cut = TemporaryDirectory()
        let script = try Script.days(2)
        let store = try dir.openStore(appending: script)
        defer { store.close() }
        // The files exactly as they are now, while the writer still holds them open.
        Files.write(Files.read(dir.database)!, to: cut.database)
        Files.write(Files.read(dir.database + "-wal")!, to: cut.database + "-wal")
        #expect(Files.size(cut.database + "-wal") > 0, "the events should still be in the WAL")

        let recovered = try cut.openStore()
        defer { recovered.close() }
        #expect(recovered.lastSeq == script.state.lastSeq)
        #expect(try recovered.loadState(configuration: TestSite.configuration) == script.state)
    }

    @Test func aWriterDroppedWithoutCloseLosesNothing() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        // No close, no snapshot: the store just goes away.
        _ = try dir.openStore(appending: script)
        let reopened = try dir.openStore()
        defer { reopened.close() }
        #expect(try reopened.loadState(configuration: TestSite.configuration) == script.state)
    }
}
