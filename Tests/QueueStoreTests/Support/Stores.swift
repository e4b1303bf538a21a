@testable import QueueStore
import QueueCore

/// Opening stores and readers on a test directory.
extension TemporaryDirectory {
    var database: String { file("queue.db") }

    func openStore() throws(StoreError) -> QueueStore {
        try QueueStore.open(path: database, timeZone: TestSite.zone)
    }

    /// A store holding every batch of `script`, each appended in its own transaction.
    func openStore(appending script: Script) throws(StoreError) -> QueueStore {
        let store = try openStore()
        try store.append(batches: script.batches)
        return store
    }

    func openReader() throws(StoreError) -> StoreReader {
        try StoreReader.open(path: database, timeZone: TestSite.zone)
    }

    /// A raw SQLite connection to the database (to damage it, or read what the store wrote).
    func raw() throws(StoreError) -> SQLiteConnection {
        try SQLiteConnection.open(path: database, readOnly: false)
    }
}

extension QueueStore {
    /// Appends each batch in its own transaction, as the writer does.
    func append(batches: [[QueueEvent]]) throws(StoreError) {
        for batch in batches { try append(batch) }
    }
}

/// The StoreError a throwing call gives, or nil.
func storeError(_ body: () throws -> Void) -> StoreError? {
    do {
        try body()
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        return nil
    }
}
