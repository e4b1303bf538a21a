import NIOPosix
import QueueCore
import QueueStore

/// The thread that reads the store for the writer's callers: old events for subscribers that
/// resume from far back, report figures, backups. Blocking SQLite stays off the event loops,
/// the cooperative pool and the writer thread. Its `StoreReader` opens on first use.
final class ReaderThread: @unchecked Sendable {
    private let pool: NIOThreadPool
    private let path: String
    private let timeZone: TimeZoneRules
    /// Touched only on the pool's one thread.
    private var reader: StoreReader?

    init(path: String, timeZone: TimeZoneRules) {
        self.path = path
        self.timeZone = timeZone
        pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
    }

    /// Runs `body` with the reader, on the reader thread.
    func run<T: Sendable>(_ body: @escaping @Sendable (StoreReader) throws(BackendFailure) -> T) async throws(BackendFailure)
        -> T
    {
        do {
            return try await pool.runIfActive { [self] in try body(try openReader()) }
        } catch let failure as BackendFailure {
            throw failure
        } catch {
            throw .shuttingDown
        }
    }

    /// Closes the reader and stops the thread, after the reads in progress.
    func stop() async {
        _ = try? await pool.runIfActive { [self] in
            reader?.close()
            reader = nil
        }
        try? await pool.shutdownGracefully()
    }

    private func openReader() throws(BackendFailure) -> StoreReader {
        if let reader { return reader }
        do {
            let opened = try StoreReader.open(path: path, timeZone: timeZone)
            reader = opened
            return opened
        } catch {
            throw .storageFailed("\(error)")
        }
    }
}
