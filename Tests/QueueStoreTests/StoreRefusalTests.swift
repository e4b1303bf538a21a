import Glibc
import Testing
import QueueCore
@testable import QueueStore

/// Files the store must refuse with an error an admin understands, without touching them.
@Suite struct StoreRefusalTests {
    @Test func refusesADatabaseFromANewerServer() throws {
        let dir = TemporaryDirectory()
        try dir.openStore().close()
        let raw = try dir.raw()
        try raw.execute("PRAGMA user_version = 7", "")
        raw.close()
        for open in [{ _ = try dir.openStore() }, { _ = try dir.openReader() }] as [() throws -> Void] {
            let error = storeError(open)
            #expect(error?.kind == .newerSchema)
            #expect(error?.description.contains("newer version of the queue server") == true)
            #expect(error?.description.contains("v7") == true)
        }
    }

    @Test func refusesAFileThatIsNotSQLite() throws {
        let dir = TemporaryDirectory()
        let garbage = Array("these are the minutes of the volunteers' meeting, not a database\n".utf8)
        Files.write(Array(repeating: garbage, count: 100).flatMap { $0 }, to: dir.database)
        let before = Files.read(dir.database)
        let error = storeError { _ = try dir.openStore() }
        #expect(error?.kind == .notAQueueDatabase)
        #expect(error?.description.contains("not an SQLite database") == true)
        #expect(error?.description.contains(dir.database) == true)
        #expect(Files.read(dir.database) == before, "the refused file was changed")
        #expect(storeError { _ = try dir.openReader() }?.kind == .notAQueueDatabase)
    }

    @Test func refusesAnotherProgramsSQLiteDatabase() throws {
        let dir = TemporaryDirectory()
        let raw = try dir.raw()
        try raw.execute("CREATE TABLE contacts(name TEXT)", "")
        raw.close()
        let error = storeError { _ = try dir.openStore() }
        #expect(error?.kind == .notAQueueDatabase)
        #expect(error?.description.contains("another program") == true)
    }

    @Test func aMissingDirectoryIsACannotOpenError() {
        let dir = TemporaryDirectory()
        let path = dir.file("no-such-directory/queue.db")
        let error = storeError { _ = try QueueStore.open(path: path, timeZone: TestSite.zone) }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.path == path)
        #expect(error?.description.contains("check that the directory exists") == true)
        #expect(error?.code != nil)
    }

    @Test(.enabled(if: getuid() != 0, "root writes anywhere"))
    func aReadOnlyDirectoryGivesAClearError() throws {
        let dir = TemporaryDirectory()
        let locked = dir.file("locked")
        mkdir(locked, 0o500)
        let error = storeError { _ = try QueueStore.open(path: "\(locked)/queue.db", timeZone: TestSite.zone) }
        #expect(error?.kind == .cannotOpen || error?.kind == .readOnly)
        #expect(error?.description.contains("server's user may write") == true)
    }

    @Test func aReadOnlyFileSystemGivesAClearError() {
        // /proc refuses new files even to root.
        let error = storeError { _ = try QueueStore.open(path: "/proc/queue-store-test.db", timeZone: TestSite.zone) }
        #expect(error?.kind == .cannotOpen || error?.kind == .readOnly)
        #expect(error?.description.contains("/proc/queue-store-test.db") == true)
    }
}

/// One writer per database.
@Suite struct SingleWriterTests {
    @Test func aSecondWriterOnTheSameDatabaseIsRefused() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        let first = try dir.openStore(appending: script)
        let error = storeError { _ = try dir.openStore() }
        #expect(error?.kind == .busy)
        #expect(error?.message.contains("another queue server is already writing") == true)
        // Readers are welcome meanwhile.
        let reader = try dir.openReader()
        #expect(try reader.events(after: 0, limit: 10_000) == script.events)
        reader.close()
        first.close()
        let second = try dir.openStore()
        defer { second.close() }
        #expect(try second.loadState(configuration: TestSite.configuration) == script.state)
    }

    @Test func aDroppedWriterReleasesTheDatabase() throws {
        let dir = TemporaryDirectory()
        _ = try dir.openStore()
        try dir.openStore().close()
    }
}
