import Glibc
import QueueCore

/// The system's TZif files, read the way the server reads them (the bytes, then QueueCore parses).
enum ZoneFile {
    static func bytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return count == 0 ? result : nil }
            result += buffer[0..<count]
        }
    }

    /// Europe/Brussels from `/usr/share/zoneinfo` (Debian package tzdata).
    static let brussels: TimeZoneRules = {
        let path = "/usr/share/zoneinfo/Europe/Brussels"
        guard let bytes = bytes(path) else { fatalError("\(path) is missing: install tzdata (scripts/install-deps)") }
        do { return try TimeZoneRules(identifier: "Europe/Brussels", tzif: bytes) } catch {
            fatalError("\(path): \(error)")
        }
    }()

    /// The rule Brussels has followed since 1996, as in the file's footer.
    static let brusselsRule = "CET-1CEST,M3.5.0,M10.5.0/3"
}
