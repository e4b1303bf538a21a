import Glibc

/// The little file-system work the bench does: temp directories, whole-file reads and writes.
enum SystemFiles {
    /// A fresh private directory under `$TMPDIR` (or /tmp).
    static func makeTemporaryDirectory(prefix: String = "queue-bench") throws -> String {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(base)/\(prefix)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw BenchError("cannot make a temp directory: \(errorText())") }
        return String(cString: made)
    }

    static func write(_ text: String, to path: String, mode: mode_t = 0o600) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw BenchError("cannot write \(path): \(errorText())") }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw BenchError("cannot write \(path): \(errorText())") }
            written += count
        }
        fchmod(descriptor, mode)
    }

    static func read(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Deletes `path` and everything under it.
    static func removeTree(_ path: String) {
        _ = try? ChildProcess.run("/bin/rm", ["-rf", path])
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
