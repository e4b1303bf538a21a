import ArgumentParser

/// `queue-bench`: benchmarks and torture drivers against a real `queue-server` that it starts
/// itself, on a temp database and a site open all day, over TCP loopback.
@main
struct QueueBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue-bench",
        abstract: "Measure queue-server (speed, footprint) and try to make it lose something.",
        discussion: "Every subcommand starts its own queue-server processes. See docs/PERFORMANCE.md.",
        subcommands: [
            AllCommand.self, TakeCommand.self, CallCommand.self, FanoutCommand.self, StartupCommand.self,
            IdleCommand.self, BaselineCommand.self, CoreCommand.self, MassDayCommand.self, TortureCommand.self, HostileCommand.self,
        ])
}

/// Runs `body` with a session and prints its rows; the session is shut down either way.
func withSession(
    _ server: ServerOptions, _ output: OutputOptions, _ body: (BenchSession) async throws -> [BenchRow]
) async throws -> [BenchRow] {
    let session = output.session(server)
    do {
        let rows = try await body(session)
        await session.shutdown()
        output.emit(rows)
        return rows
    } catch {
        await session.shutdown()
        throw error
    }
}
