import ArgumentParser
import Glibc

/// How to start the server under test, shared by every subcommand.
struct ServerOptions: ParsableArguments, Sendable {
    @Option(help: "The queue-server executable (default: next to queue-bench).")
    var serverBinary: String = ServerOptions.besideThisExecutable("queue-server")

    @Option(
        name: .customLong("server-arg"),
        help: "An argument for queue-server; repeat for several. {config} is replaced by the site file's path.")
    var serverArguments: [String] = ["--config", "{config}"]

    @Flag(help: "Keep the temp directory (database, site file, server log) after the run.")
    var keepFiles = false

    /// `name` in the directory of the running executable.
    static func besideThisExecutable(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return name }
        let path = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }
}
