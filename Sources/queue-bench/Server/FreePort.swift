import Glibc

/// A TCP port on 127.0.0.1 that is free now: bound to port 0, read back, released. The server
/// is then told to listen there (another process could take it in between; on a test box
/// that does not happen in practice, and the start fails loudly if it does).
enum FreePort {
    static func pick() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw BenchError("socket: \(SystemFiles.errorText())") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(descriptor, raw, length) == 0 ? getsockname(descriptor, raw, &length) : -1
            }
        }
        guard result == 0 else { throw BenchError("cannot find a free port: \(SystemFiles.errorText())") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
