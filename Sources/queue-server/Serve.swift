import ArgumentParser
import Glibc
import Logging
import QueueServer
import ServiceLifecycle
import SiteConfig
import SystemdKit

/// Runs the server until SIGTERM (or SIGINT).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Runs the server (the default).")

    @Option(help: "The site configuration file. Without it, the built-in default site.")
    var config: String?

    @Option(help: "The SQLite database. Default: $STATE_DIRECTORY/queue.db under systemd, else ./queue.db.")
    var database: String?

    @Option(help: "Listen on ADDR (127.0.0.1:7878, [::1]:7878, unix:/run/queue-server/queue.sock), instead of the file's addresses; repeatable.")
    var listen: [String] = []

    @Option(help: "The device tokens file ('role name token' lines, chmod 600). systemd's 'tokens' credential wins over it.")
    var tokens: String?

    @Option(help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    @Option(help: "auto (the journal under systemd, else stderr), journal or stderr.")
    var logTarget: LogTarget = .auto

    func validate() throws {
        for address in listen {
            do throws(ListenAddressError) {
                _ = try ListenAddress(parsing: address)
            } catch {
                throw ValidationError("--listen \(error)")
            }
        }
        do throws(LogLevelError) {
            _ = try SystemdLogging.parseLevel(logLevel)
        } catch {
            throw ValidationError("--log-level: \(error)")
        }
    }

    func run() async throws {
        SystemdLogging.bootstrap(identifier: "queue-server", level: try SystemdLogging.parseLevel(logLevel), target: logTarget)
        let logger = Logger(label: "queue-server")
        let site = try loadSite(logger: logger)
        let tokenStore = try loadTokens(site: site, logger: logger)
        var options = QueueDaemon.Options(site: site, configPath: config, tokens: tokenStore)
        options.listen = try listen.map { try ListenAddress(parsing: $0) }
        options.startedAt = processStart
        options.eventLoopGroup = serverEventLoops
        let daemon = QueueDaemon(options: options, clock: SystemClock.now, logger: logger) {
            try QueueWriter.open(
                databasePath: site.server.databasePath, configuration: site.site,
                retentionDays: site.server.retentionDays, logger: logger)
        }
        // No `gracefulShutdownSignals`: those would be libdispatch's signal sources. SIGTERM and
        // SIGINT come from the signal thread (`ProcessSignals`, taken over in `main`).
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [.init(service: daemon)], logger: logger))
        ProcessSignals.onTermination { signal in
            logger.notice("\(signal == SIGINT ? "SIGINT" : "SIGTERM"): stopping")
            Task { await group.triggerGracefulShutdown() }
        }
        do {
            try await group.run()
        } catch is DaemonStartFailure {
            throw ExitCode(1)  // logged already
        }
    }

    private func loadSite(logger: Logger) throws -> SiteFile {
        var site: SiteFile
        if let config {
            do throws(ConfigError) {
                site = try SiteConfigLoader.load(path: config)
            } catch {
                logger.critical("the configuration file has problems; fix them and start again:\n\(error)")
                throw ExitCode(1)
            }
        } else {
            site = SiteConfigLoader.builtInDefault()
            logger.notice("no --config: serving the built-in default site")
        }
        for warning in site.warnings { logger.warning("\(warning)") }
        if let database { site.server.databasePath = database }
        return site
    }

    private func loadTokens(site: SiteFile, logger: Logger) throws -> TokenStore {
        let path = TokenFile.path(configured: tokens ?? site.server.tokensFile, environment: SiteConfigLoader.processEnvironment())
        do throws(TokenFileError) {
            return try TokenFile.load(path: path)
        } catch {
            logger.critical("\(error)")
            throw ExitCode(1)
        }
    }
}

extension LogTarget: ExpressibleByArgument {}
