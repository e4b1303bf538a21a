import ArgumentParser
import QueueServer

/// When the process started, for the `ready` log line's `startup_ms`.
let processStart = ContinuousClock.now

/// `queue-server`: serves a site's walk-in queue; `queue-server check-config FILE` checks a
/// site file without starting.
struct QueueServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue-server",
        abstract: "Serves a walk-in queue: kiosks, desks and waiting-room boards connect to it.",
        version: ServerVersion.current,
        subcommands: [Serve.self, CheckConfig.self],
        defaultSubcommand: Serve.self)
}

// `await QueueServerCommand.main()` would pick the synchronous overload in top-level code.
do {
    var command = try QueueServerCommand.parseAsRoot()
    // From the very start: a SIGHUP before READY would otherwise end the process.
    if command is Serve { HangUpSignal.catchUntilReady() }
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await runAsync(&asyncCommand)
    } else {
        try command.run()
    }
} catch {
    QueueServerCommand.exit(withError: error)
}

/// Runs the async `run()` of `command` (an existential would pick the synchronous one).
func runAsync(_ command: inout some AsyncParsableCommand) async throws {
    try await command.run()
}
