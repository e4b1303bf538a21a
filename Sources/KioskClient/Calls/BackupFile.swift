import Glibc
import WireProtocol

/// Where a backup is written: a temporary file beside the target, renamed over it only when the
/// chunks arrived in order and add up to the announced size, so a broken copy never looks whole.
final class BackupFile {
    let finalPath: String
    let temporaryPath: String
    private var descriptor: Int32
    private var written: UInt64 = 0
    private var total: UInt64?

    init(finalPath: String) throws {
        self.finalPath = finalPath
        self.temporaryPath = finalPath + ".partial"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ClientError(.unknown, "cannot write \(temporaryPath): \(String(cString: strerror(errno)))", origin: .local)
        }
    }

    func append(_ chunk: WireBackupChunk) throws {
        guard chunk.offset == written else {
            throw ClientError(.dataLoss, "backup chunk at offset \(chunk.offset), expected \(written)", origin: .local)
        }
        total = chunk.totalBytes
        var remaining = chunk.data[...]
        while !remaining.isEmpty {
            let count = remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                throw ClientError(.unknown, "cannot write \(temporaryPath): \(String(cString: strerror(errno)))", origin: .local)
            }
            remaining = remaining.dropFirst(count)
        }
        written += UInt64(chunk.data.count)
    }

    /// Checks the size, syncs and renames; the bytes written.
    func complete() throws -> UInt64 {
        guard total == nil || total == written else {
            throw ClientError(.dataLoss, "backup incomplete: \(written) of \(total ?? 0) bytes", origin: .local)
        }
        guard fsync(descriptor) == 0, Glibc.close(descriptor) == 0 else {
            throw ClientError(.unknown, "cannot save \(temporaryPath): \(String(cString: strerror(errno)))", origin: .local)
        }
        descriptor = -1
        guard rename(temporaryPath, finalPath) == 0 else {
            throw ClientError(.unknown, "cannot rename to \(finalPath): \(String(cString: strerror(errno)))", origin: .local)
        }
        return written
    }

    func discard() {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
        descriptor = -1
        unlink(temporaryPath)
    }
}
