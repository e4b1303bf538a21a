import Glibc

/// The kernel's page cache, emptied so that the next start reads the binary and the database
/// from the disk, as the first start after a power cut does on the box at the entrance.
enum PageCache {
    static let control = "/proc/sys/vm/drop_caches"

    /// Writes dirty pages back, then drops clean page cache, dentries and inodes. Needs root.
    static func drop() throws {
        sync()
        let descriptor = open(control, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw BenchError("cannot empty the page cache (\(control): \(SystemFiles.errorText())); --cold-cache needs root")
        }
        defer { close(descriptor) }
        guard write(descriptor, "3", 1) == 1 else {
            throw BenchError("cannot empty the page cache (\(control): \(SystemFiles.errorText()))")
        }
    }
}
