import FoundationEssentials
import Glibc
import NIOCore
import WireProtocol

/// Backup: has the backend write a consistent copy of the database to a temporary file beside
/// it, streams the file as `BackupChunk`s (offset, data, total size), and removes the copy.
struct BackupStreamer: Sendable {
    let server: ServerContext
    let writer: CallStreamWriter

    /// Data per chunk: well under the frame limit, leaving room for the chunk's other fields.
    var chunkSize: Int { min(64 << 10, server.limits.maxFrameLength - Frame.headerLength - 64) }

    func run() async -> CallOutcome {
        let path = Self.temporaryPath(beside: server.databasePath)
        defer { unlink(path) }
        do {
            try await server.backend.backup(to: path)
            try await stream(path)
            return CallOutcome(message: nil, status: .ok)
        } catch is CallEnded {
            return .failed(WireCallStatus(.cancelled, "the backup was cancelled"))
        } catch let failure as BackendFailure {
            server.logger.error("backup failed", metadata: ["error": "\(failure)"])
            return .failed(failure.callStatus(timeZone: server.site.timeZone))
        } catch {
            server.logger.error("backup failed", metadata: ["error": "\(error)"])
            return .failed(.refusal(.storageFailed, "the backup could not be sent: \(error)"))
        }
    }

    private func stream(_ path: String) async throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BackupFileError(path: path, errno: errno) }
        defer { close(descriptor) }
        let total = FileSize.bytes(path)
        var offset: UInt64 = 0
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while offset < total {
            try Task.checkCancellation()
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw BackupFileError(path: path, errno: count < 0 ? errno : EIO) }
            let message = WireBackupChunk.with {
                $0.offset = offset
                $0.data = Data(chunk[..<count])
                $0.totalBytes = total
            }
            var body = ByteBuffer()
            try body.writeMessage(message)
            try await writer.send(body)
            offset += UInt64(count)
        }
    }

    /// A fresh name in the database's directory (same file system, so no tmpfs fills up).
    static func temporaryPath(beside database: String?) -> String {
        let directory = database.flatMap { path in path.lastIndex(of: "/").map { String(path[..<$0]) } } ?? "/tmp"
        return "\(directory.isEmpty ? "/" : directory)/.backup-\(getpid())-\(UInt64.random(in: 0 ... .max)).db"
    }
}

/// The backup copy could not be read.
struct BackupFileError: Error, CustomStringConvertible {
    let path: String
    let errno: Int32
    var description: String { "cannot read the backup copy \(path): \(String(cString: strerror(errno)))" }
}
