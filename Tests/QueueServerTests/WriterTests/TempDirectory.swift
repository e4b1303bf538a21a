import Glibc

/// A fresh directory under /tmp for one test, removed with everything in it.
struct TempDirectory {
    let path: String

    init() {
        var template = Array("/tmp/writer-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed: errno \(errno)")
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A file path inside the directory.
    func file(_ name: String) -> String { "\(path)/\(name)" }

    var database: String { file("queue.sqlite") }

    /// Removes the files of the directory (it has no subdirectories) and the directory.
    func remove() {
        guard let directory = opendir(path) else { return }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { unlink(file(name)) }
        }
        closedir(directory)
        rmdir(path)
    }
}
