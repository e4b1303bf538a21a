import QueueCore
import WireProtocol

extension QueueClient {
    /// Figures summed over the site-local days `from...through` (admin).
    public func getReport(from: LocalDate, through: LocalDate) async throws -> PeriodReport {
        let request = WireGetReportRequest.with {
            $0.fromDay = from.description
            $0.throughDay = through.description
        }
        let message = try await unary(.getReport, request, as: WireReport.self, timeout: .seconds(120))
        return try decoded("GetReport") { try PeriodReport(message) }
    }

    /// Rereads the server's site file; the site as now configured, or the problems (admin).
    public func reloadConfig() async throws -> SiteInfo {
        let message = try await unary(.reloadConfig, WireReloadConfigRequest(), as: WireReloadConfigReply.self)
        return try SiteInfo(message.site)
    }

    /// A consistent copy of the live database, written to `path` (through a temporary file,
    /// renamed only once the copy is complete and its size checked). Returns the bytes written.
    public func backup(to path: String) async throws -> UInt64 {
        let file = try BackupFile(finalPath: path)
        do {
            for try await body in try stream(.backup, WireBackupRequest()) {
                let chunk: WireBackupChunk = try Self.decode(body, method: .backup)
                try file.append(chunk)
            }
            return try file.complete()
        } catch {
            file.discard()
            throw error
        }
    }
}
