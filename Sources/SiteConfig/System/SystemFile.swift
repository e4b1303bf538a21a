import Glibc

/// Reads small files whole, with the reason in plain words when it cannot.
enum SystemFile {
    /// Site files and zone files are small; a larger file is refused rather than read.
    static let sizeLimit = 4 << 20

    static func read(_ path: String) -> Result<[UInt8], SystemFileError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(SystemFileError(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(SystemFileError(errno: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(SystemFileError(reason: "it is not a regular file")) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return .failure(SystemFileError(errno: errno)) }
            if count == 0 { return .success(bytes) }
            bytes += chunk[..<count]
            guard bytes.count <= sizeLimit else { return .failure(SystemFileError(reason: "it is larger than 4 MiB")) }
        }
    }

    /// The target of a symbolic link, or nil when `path` is not one.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Why a file could not be read: `strerror`'s words, or ours.
struct SystemFileError: Error {
    var reason: String

    init(reason: String) { self.reason = reason }
    init(errno code: Int32) { reason = String(cString: strerror(code)) }
}
