import Glibc

/// The size of a file, for GetServerInfo and backups.
enum FileSize {
    /// Bytes in the file at `path`, 0 when it cannot be read.
    static func bytes(_ path: String) -> UInt64 {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return UInt64(status.st_size)
    }
}
