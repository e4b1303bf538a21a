import QueueCore
import QueueStore

extension QueueWriter {
    /// The longest period a report covers, in days.
    static let longestReport = 3660

    public func report(from: LocalDate, through: LocalDate) async throws(BackendFailure) -> PeriodReport {
        guard from <= through else {
            throw .invalidArgument("the report starts on \(from), after it ends on \(through)")
        }
        guard through.daysSinceEpoch - from.daysSinceEpoch < Self.longestReport else {
            throw .invalidArgument("a report covers at most \(Self.longestReport) days; ask for a shorter period")
        }
        let days = try await reader.run { reader throws(BackendFailure) in
            try storage { () throws(StoreError) in try reader.dayFigures(from: from, through: through) }
        }
        return PeriodReport(from: from, through: through, days: days)
    }

    public func backup(to path: String) async throws(BackendFailure) {
        guard !path.isEmpty else { throw .invalidArgument("the backup needs a file path") }
        guard path != databasePath else {
            throw .invalidArgument("the backup cannot overwrite the live database \(path)")
        }
        let live = databasePath
        try await reader.run { reader throws(BackendFailure) in
            do throws(StoreError) {
                try reader.backup(to: path)
            } catch {
                // A problem of the destination (missing directory, the live file) is the caller's.
                let callers = error.kind == .misuse || error.path != live
                throw callers ? .invalidArgument(error.description) : .storageFailed(error.description)
            }
        }
        logger.info("backup written", metadata: ["path": "\(path)"])
    }
}
