import Logging
import QueueCore
@testable import QueueServer
import QueueStore

/// One test's database directory, clock and logs, and the writers opened on them.
final class WriterHarness: @unchecked Sendable {
    let directory = TempDirectory()
    let clock: TestClock
    let logs = CapturedLogs()
    var options = QueueWriter.Options()
    var retentionDays: Int?
    var configuration = WriterSite.configuration
    /// The store wrapper of the last writer opened.
    private(set) var store: FlakyStore?

    init(day: LocalDate = WriterSite.monday, time: String = "10:00") {
        clock = TestClock(day, time)
    }

    /// Opens a writer on the test's database (again, after a shutdown, to check what was kept).
    func open() throws(BackendFailure) -> QueueWriter {
        var wrapped: FlakyStore?
        let writer = try QueueWriter.open(
            databasePath: directory.database, configuration: configuration, retentionDays: retentionDays,
            clock: clock.now, logger: logs.logger, options: options,
            wrap: { store in
                let flaky = FlakyStore(store)
                wrapped = flaky
                return flaky
            })
        store = wrapped
        return writer
    }

    /// Runs `body` with an open writer, then shuts it down and removes the directory.
    func run(_ body: (QueueWriter) async throws -> Void) async throws {
        defer { directory.remove() }
        let writer = try open()
        do {
            try await body(writer)
        } catch {
            await writer.shutdown()
            throw error
        }
        await writer.shutdown()
    }
}
