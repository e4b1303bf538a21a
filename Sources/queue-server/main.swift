import ArgumentParser
import NIOCore
import NIOPosix
import QueueServer
import TaskExecutors

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

/// The event loops `serve` listens on, which also run every Swift task (`QuietExecutors`);
/// nil where the stock executors serve.
nonisolated(unsafe) var serverEventLoops: MultiThreadedEventLoopGroup?

// `await QueueServerCommand.main()` would pick the synchronous overload in top-level code.
do {
    var command = try QueueServerCommand.parseAsRoot()
    // Before any thread starts, so that all of them inherit the blocked signals.
    if command is Serve { ProcessSignals.takeOver() }
    serverEventLoops = QuietExecutors.install(threads: System.coreCount)
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
