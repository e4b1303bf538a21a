import ArgumentParser

struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline", abstract: "SQLite one-row transactions in WAL + synchronous=FULL, per second.")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Seconds to run.") var seconds = 3

    func run() async throws {
        _ = try await withSession(server, output) { session in
            [try BaselineScenario(duration: .seconds(seconds)).run(session)]
        }
    }
}

struct TakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take", abstract: "Durable take-ticket with 1, 8, 32, 128 clients, against the SQLite baseline.")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Seconds per level.") var seconds = 3
    @Option(parsing: .upToNextOption, help: "Concurrent clients per level.") var clients: [Int] = [1, 8, 32, 128]

    func run() async throws {
        _ = try await withSession(server, output) { session in
            let baseline = try BaselineScenario(duration: .seconds(seconds)).run(session)
            return [baseline] + (try await TakeScenario(levels: clients, duration: .seconds(seconds)).run(session, baseline: baseline.perSecond))
        }
    }
}

struct CallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "call", abstract: "Call-next by one desk and by three.")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Calls per run.") var calls = 1500

    func run() async throws {
        _ = try await withSession(server, output) { session in
            try await CallScenario(callsPerDesk: calls).run(session, baseline: nil)
        }
    }
}

struct FanoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fanout", abstract: "From a desk's call to N subscribed displays (1, 100, 1000).")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Calls per level.") var rounds = 100
    @Option(parsing: .upToNextOption, help: "Displays per level.") var displays: [Int] = [1, 100, 1000]

    func run() async throws {
        _ = try await withSession(server, output) { session in
            try await FanoutScenario(levels: displays, rounds: rounds).run(session)
        }
    }
}

struct StartupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup", abstract: "Start to READY=1 with a year of history (250 days of 120 tickets) in the store.")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Open days of history (weekdays before today).") var days = 250
    @Option(help: "Tickets per open day (about).") var ticketsPerDay = 120
    @Option(help: "Measured starts after a clean stop.") var starts = 5
    @Flag(help: "Empty the page cache before each start (needs root), as after a power cut.") var coldCache = false

    func run() async throws {
        _ = try await withSession(server, output) { session in
            var scenario = StartupScenario(starts: starts, coldCache: coldCache)
            scenario.history.openDays = days
            scenario.history.ticketsPerDay = ticketsPerDay
            return try await scenario.run(session)
        }
    }
}

struct IdleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "idle", abstract: "Idle memory and wake-ups after start.")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        _ = try await withSession(server, output) { session in [try await IdleScenario().run(session)] }
    }
}

struct AllCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all", abstract: "baseline, take, call, fanout, startup, idle: one table (or --json).")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Seconds per timed level.") var seconds = 3

    func run() async throws {
        _ = try await withSession(server, output) { session in
            let baseline = try BaselineScenario(duration: .seconds(seconds)).run(session)
            var rows = [baseline]
            rows += try await TakeScenario(duration: .seconds(seconds)).run(session, baseline: baseline.perSecond)
            rows += try await CallScenario().run(session, baseline: baseline.perSecond)
            rows += try await FanoutScenario().run(session)
            rows += try await StartupScenario().run(session)
            rows.append(try await IdleScenario().run(session))
            return rows
        }
    }
}

struct CoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core", abstract: "The queue rules alone: one take and one call-next with 100 to 30,000 waiting.")
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Measured takes and calls per level.") var samples = 2000

    func run() async throws {
        _ = try await withSession(server, output) { session in
            try CoreScenario(samples: samples).run(progress: session.progress)
        }
    }
}
