import ArgumentParser
import Glibc

/// `queuectl`: the kiosk, the desk, the waiting-room board, and the scripting and admin commands.
@main
struct Queuectl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queuectl",
        abstract: "Kiosk, desk, waiting-room board and admin commands for queue-server.",
        discussion: """
            Connection: --server tcp://HOST:PORT or unix:/PATH (default tcp://127.0.0.1:7878, or \
            $QUEUECTL_SERVER); the device token from --token-file or $QUEUECTL_TOKEN.

            Exit codes:
              0  ok
              1  refused by the queue rules (closed, daily cap, unknown service or ticket, ...)
              2  usage error
              3  server unreachable
              4  authentication: bad token, or the token's role may not do this
              5  other error
            """,
        subcommands: [
            KioskCommand.self, DeskCommand.self, BoardCommand.self, TakeCommand.self, CallCommand.self,
            StatusCommand.self, BookCommand.self, CheckInCommand.self, ReportCommand.self, BackupCommand.self,
            VersionCommand.self,
        ])

    /// Runs the command; usage errors exit 2 (as documented) instead of ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error).rawValue == 64 {
                write(to: 2, fullMessage(for: error) + "\n")
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
