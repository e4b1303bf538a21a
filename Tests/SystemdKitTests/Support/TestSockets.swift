import Glibc

/// Sockets and paths the tests own, made with plain POSIX calls.
enum TestSockets {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ call: String) { description = "\(call) failed: errno \(errno)" }
    }

    /// A fresh private directory under /tmp.
    static func temporaryDirectory() throws -> String {
        var template = Array("/tmp/systemdkit-test-XXXXXX".utf8CString)
        guard let path = mkdtemp(&template) else { throw Failure("mkdtemp") }
        return String(cString: path)
    }

    /// Removes `directory` and the files in it (the tests' directories hold no subdirectories).
    static func removeDirectory(_ directory: String) {
        if let stream = opendir(directory) {
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { unlink(directory + "/" + name) }
            }
            closedir(stream)
        }
        rmdir(directory)
    }

    /// A `sockaddr_un` for `path`, passed to `body` with its length.
    static func withUnixAddress<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path.utf8.prefix(raw.count - 1))
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    /// A Unix socket of `type` bound to `path`, listening when it is a stream socket.
    static func unixSocket(_ type: __socket_type, boundTo path: String) throws -> CInt {
        let fd = socket(AF_UNIX, CInt(type.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket") }
        guard withUnixAddress(path, { bind(fd, $0, $1) }) == 0 else { throw Failure("bind \(path)") }
        if type == SOCK_STREAM, listen(fd, 8) != 0 { throw Failure("listen") }
        return fd
    }

    /// A TCP socket listening on 127.0.0.1 at a port the kernel picks.
    static func tcpListener() throws -> CInt {
        let fd = socket(AF_INET, CInt(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else { throw Failure("bind/listen") }
        return fd
    }

    /// A UDP socket: something socket activation may pass that the server cannot listen on.
    static func udpSocket() throws -> CInt {
        let fd = socket(AF_INET, CInt(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket") }
        return fd
    }

    /// A stream connection to the Unix socket at `path`.
    static func connectUnix(_ path: String) throws -> CInt {
        let fd = socket(AF_UNIX, CInt(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket") }
        guard withUnixAddress(path, { connect(fd, $0, $1) }) == 0 else {
            close(fd)
            throw Failure("connect \(path)")
        }
        return fd
    }

    /// Every datagram waiting on `fd`, without blocking.
    static func pendingDatagrams(_ fd: CInt) -> [String] {
        var messages: [String] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, CInt(MSG_DONTWAIT))
            guard count >= 0 else { return messages }
            messages.append(String(decoding: buffer[..<count], as: UTF8.self))
        }
    }

    /// Everything `fd` sends until it closes, for at most `seconds`. Reads without blocking and
    /// sleeps as a task in between, so the test runner's threads stay free for other tests.
    static func readToEnd(_ fd: CInt, seconds: Int) async -> String {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<(seconds * 100) {
            let count = read(fd, &buffer, buffer.count)
            if count > 0 {
                bytes += buffer[..<count]
            } else if count < 0 && (errno == EAGAIN || errno == EINTR) {
                try? await Task.sleep(for: .milliseconds(10))
            } else {
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The whole text of the file at `path`, or nil when it cannot be opened.
    static func readFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while case let count = read(fd, &buffer, buffer.count), count > 0 { bytes += buffer[..<count] }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `text` to a new file at `path`.
    static func writeFile(_ path: String, _ text: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure("open \(path)") }
        defer { close(fd) }
        let written = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        guard written == text.utf8.count else { throw Failure("write \(path)") }
    }
}
