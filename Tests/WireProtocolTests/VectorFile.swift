#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The vector files beside this source file (no Bundle: that would pull in Foundation).
enum VectorFile {
    /// This test target's source directory.
    static let testsDirectory: String = {
        let path = "\(#filePath)"
        return String(path[..<path.lastIndex(of: "/")!])
    }()

    static let directory = testsDirectory + "/Vectors"

    /// docs/PROTOCOL.md, whose worked examples quote the vectors.
    static let specPath = testsDirectory + "/../../docs/PROTOCOL.md"

    /// The names of the `*.vector` files, sorted.
    static func names() -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".vector") { names.append(name) }
        }
        return names.sorted()
    }

    static func contents(of name: String) -> String? {
        read(directory + "/" + name)
    }

    /// The text of the file at `path`, nil when it cannot be opened.
    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
