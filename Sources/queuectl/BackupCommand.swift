import ArgumentParser
import KioskClient

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent copy of the live database to FILE (admin).")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "Where to write the copy.") var file: String

    func run() async throws {
        try await Failure.guarding {
            try await connection.withClient(name: "queuectl backup") { client in
                let bytes = try await client.backup(to: file)
                output("backup written to \(file) (\(bytes) bytes)")
            }
        }
    }
}
