import ArgumentParser
import KioskClient

struct VersionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "queuectl's version, and the server's when it can be reached.")

    static let version = "0.1.0"

    @OptionGroup var connection: ConnectionOptions
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let client = try? await connection.connect(name: "queuectl version")
        let server = client?.welcome.serverVersion
        await client?.close()
        if json {
            return output(
                JSONValue.object([
                    ("queuectl", .string(Self.version)), ("protocol", .int(1)),
                    ("server", server.map { .string($0) } ?? .null),
                ]).rendered())
        }
        output("queuectl \(Self.version) (protocol 1)")
        output(server.map { "server \($0)" } ?? "server: not reachable")
    }
}
