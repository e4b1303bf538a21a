import Testing
import QueueCore
@testable import QueueStore

@Suite struct BackupTests {
    @Test func aBackupIsAReadableCopyWithTheSameEvents() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(2)
        let store = try dir.openStore(appending: script)
        defer { store.close() }
        try store.writeSnapshot(script.state)
        let reader = try dir.openReader()
        defer { reader.close() }
        let target = dir.file("backup.db")
        try reader.backup(to: target)
        #expect(!Files.exists(target + ".partial"))

        // The writer goes on; the copy keeps the moment it was taken.
        let more = try Script.days(3).batches.dropFirst(script.batches.count).map { $0 }
        try store.append(batches: more)

        let copy = try StoreReader.open(path: target, timeZone: TestSite.zone)
        defer { copy.close() }
        #expect(try copy.events(after: 0, limit: 10_000) == script.events)
        let restored = try QueueStore.open(path: target, timeZone: TestSite.zone)
        defer { restored.close() }
        #expect(try restored.loadState(configuration: TestSite.configuration) == script.state)
    }

    @Test func aBackupReplacesAnOlderOne() throws {
        let dir = TemporaryDirectory()
        let target = dir.file("backup.db")
        let script = try Script.days(1)
        let store = try dir.openStore()
        defer { store.close() }
        try store.append(script.batches[0])
        let reader = try dir.openReader()
        defer { reader.close() }
        try reader.backup(to: target)
        try store.append(batches: Array(script.batches.dropFirst()))
        try reader.backup(to: target)
        let copy = try StoreReader.open(path: target, timeZone: TestSite.zone)
        defer { copy.close() }
        #expect(try copy.events(after: 0, limit: 10_000) == script.events)
    }

    @Test func refusesToOverwriteTheLiveDatabase() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        let store = try dir.openStore(appending: script)
        defer { store.close() }
        let reader = try dir.openReader()
        defer { reader.close() }
        for target in [dir.database, dir.database + "-wal", "\(dir.path)/./queue.db"] {
            let error = storeError { try reader.backup(to: target) }
            #expect(error?.kind == .misuse, "\(target)")
            #expect(error?.message.contains("is the live database") == true)
        }
        #expect(try store.loadState(configuration: TestSite.configuration) == script.state)
    }

    @Test func aBackupIntoAMissingDirectoryFailsClearly() throws {
        let dir = TemporaryDirectory()
        try dir.openStore().close()
        let reader = try dir.openReader()
        defer { reader.close() }
        let error = storeError { try reader.backup(to: dir.file("nowhere/backup.db")) }
        #expect(error?.kind == .cannotOpen)
    }
}
