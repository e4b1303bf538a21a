import ArgumentParser

struct MassDayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mass-day", abstract: "A day at the MASS replayed fast; the day report must match what was done.")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Seed of the simulated day.") var seed: UInt64 = 1999

    func run() async throws {
        let rows = try await withSession(server, output) { session in [try await MassDayRun(seed: seed).run(session)] }
        if rows.contains(where: { $0.value("mismatches").map { $0 > 0 } ?? true }) { throw ExitCode(1) }
    }
}

struct TortureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "torture", abstract: "Mixed operations while the server is SIGKILLed and restarted; nothing acknowledged may be lost.")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "SIGKILLs.") var kills = 200
    @Option(help: "Seed of the kill schedule and the operations.") var seed: UInt64 = 7

    func run() async throws {
        let rows = try await withSession(server, output) { session in [try await TortureRun(kills: kills, seed: seed).run(session)] }
        if rows.contains(where: { ($0.value("losses") ?? 1) > 0 || ($0.value("violations") ?? 1) > 0 }) { throw ExitCode(1) }
    }
}

struct HostileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hostile", abstract: "Garbage, slowloris, floods and wrong tokens while a kiosk takes tickets.")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Seconds of attack.") var seconds = 10
    @Option(help: "Seed of the random bytes.") var seed: UInt64 = 42

    func run() async throws {
        let rows = try await withSession(server, output) { session in
            try await HostileRun(duration: .seconds(seconds), seed: seed).run(session)
        }
        if rows.contains(where: { ($0.value("well_behaved_failures") ?? 0) > 0 }) { throw ExitCode(1) }
    }
}
