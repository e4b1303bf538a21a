import Logging
import NIOCore
import NIOPosix
import QueueCore
import ServiceLifecycle
import SiteConfig
import SystemdKit

/// The daemon as a swift-service-lifecycle `Service`: opens the backend, listens (sockets from
/// systemd, or bound here), tells systemd `READY=1`, keeps `STATUS=` and the watchdog going,
/// reloads the site file on SIGHUP, and on graceful shutdown (SIGTERM) sends `STOPPING=1`,
/// GOAWAY to every connection, lets in-flight calls finish within the drain timeout, and
/// stops the backend.
public final class QueueDaemon: ServiceLifecycle.Service {
    public struct Options: Sendable {
        public var site: SiteFile
        /// The site file, re-read on SIGHUP; nil for the built-in default site.
        public var configPath: String?
        public var tokens: TokenStore
        /// Overrides the file's `listen` addresses when not empty (`--listen`).
        public var listen: [ListenAddress] = []
        /// When the process started, to log the time to READY.
        public var startedAt: ContinuousClock.Instant = .now
        public var eventLoopThreads = System.coreCount
        /// The event loops to serve on, when the caller owns them (`queue-server` runs its
        /// Swift tasks on them too); nil: a group of `eventLoopThreads`, shut down at the end.
        public var eventLoopGroup: MultiThreadedEventLoopGroup?
        /// The systemd watchdog; from `WATCHDOG_USEC` unless set.
        public var watchdog = WatchdogSchedule.fromEnvironment()

        public init(site: SiteFile, configPath: String?, tokens: TokenStore) {
            self.site = site
            self.configPath = configPath
            self.tokens = tokens
        }
    }

    let options: Options
    let openBackend: @Sendable () throws -> any DaemonBackend
    let clock: @Sendable () -> Timestamp
    let logger: Logger
    let notify: Notify

    /// - Parameter notify: where `READY=1`, `STATUS=`… go; `sd_notify` by default.
    public init(
        options: Options, clock: @escaping @Sendable () -> Timestamp, logger: Logger,
        notify: @escaping Notify = { SystemdNotifier().send($0) },
        openBackend: @escaping @Sendable () throws -> any DaemonBackend
    ) {
        self.options = options
        self.clock = clock
        self.logger = logger
        self.notify = notify
        self.openBackend = openBackend
    }

    /// Sends states to the service manager.
    public typealias Notify = @Sendable ([NotifyState]) -> Void

    public func run() async throws {
        let backend: any DaemonBackend
        do {
            backend = try openBackend()
        } catch {
            // The store's message says what and where ("could not be saved" is a command's wording).
            let reason = if case .storageFailed(let message)? = error as? BackendFailure { message } else { "\(error)" }
            throw failToStart("cannot open the queue: \(reason)")
        }
        let ownGroup = options.eventLoopGroup == nil
        let group = options.eventLoopGroup ?? MultiThreadedEventLoopGroup(numberOfThreads: max(1, options.eventLoopThreads))
        let server = ServerContext(
            backend: backend, site: options.site, configPath: options.configPath,
            authenticator: Authenticator(policy: AuthPolicy(tokens: options.tokens, serviceUID: getuid()), logger: logger),
            clock: clock, logger: logger, databasePath: options.site.server.databasePath)
        let listeners = ListenerSet(server: server, group: group)
        do {
            let addresses = options.listen.isEmpty ? options.site.server.listen : options.listen
            _ = try await listeners.start(addresses: addresses, activated: try ActivatedListeners.fromEnvironment())
        } catch {
            let failure = failToStart("cannot listen: \(error)")
            await listeners.close()
            await backend.shutdown()
            if ownGroup { try? await group.shutdownGracefully() }
            throw failure
        }
        try await serve(server, opened: backend, listeners: listeners, group: group)
        await backend.shutdown()
        if ownGroup { try? await group.shutdownGracefully() }
        logger.notice("stopped")
    }

    private func failToStart(_ message: String) -> DaemonStartFailure {
        logger.critical("\(message)")
        return DaemonStartFailure(description: message)
    }

    private func serve(
        _ server: ServerContext, opened backend: any DaemonBackend, listeners: ListenerSet, group: MultiThreadedEventLoopGroup
    ) async throws {
        let reporter = StatusReporter(server: server, notify: notify)
        // Not `backend.status()`: that waits behind the writer's first job, the retention.
        let status = StatusLine.text(backend.statusAtOpen, connections: 0)
        notify([.ready, .status(status)])
        let elapsed = options.startedAt.duration(to: .now)
        logger.notice(
            "ready", metadata: ["startup_ms": "\(elapsed.milliseconds)", "site": "\(options.site.site.name)", "status": "\(status)"])
        // After READY: subscribing goes through the writer's queue, behind the start's retention
        // (a start after weeks without it folds them into figures first). The line is sent again
        // once subscribed, for whatever changed meanwhile.
        let statusSubscription = try? await server.backend.subscribe(reporter, after: nil)
        await reporter.refresh()

        await withTaskGroup(of: Void.self) { tasks in
            if let schedule = options.watchdog {
                let watchdog = Watchdog(schedule: schedule, group: group, backend: server.backend, notify: notify, logger: logger)
                tasks.addTask { await watchdog.run() }
            }
            tasks.addTask { await self.reloadOnHangUp(server, reporter: reporter) }
            try? await gracefulShutdown()
            tasks.cancelAll()
        }
        if let statusSubscription { server.backend.unsubscribe(statusSubscription) }
        await stop(server, listeners: listeners)
    }

    private func reloadOnHangUp(_ server: ServerContext, reporter: StatusReporter) async {
        // From now on the stream gets every SIGHUP; one that came before (the signals are
        // blocked from the start of `main`) is reloaded for now.
        let (cameEarly, hangUps) = ProcessSignals.hangUps()
        if cameEarly {
            logger.notice("a SIGHUP came before READY: reloading the configuration now that the server is ready")
            await reload(server, reporter: reporter)
        }
        for await _ in hangUps {
            logger.notice("SIGHUP: reloading the configuration")
            await reload(server, reporter: reporter)
        }
    }

    private func reload(_ server: ServerContext, reporter: StatusReporter) async {
        notify([.reloading])
        _ = try? await server.reloader.reload()
        notify([.ready])
        await reporter.refresh()
    }

    private func stop(_ server: ServerContext, listeners: ListenerSet) async {
        let drain = Duration.seconds(server.limits.drainTimeoutSeconds)
        notify([.stopping, .status("stopping: finishing open calls")])
        logger.notice("stopping", metadata: ["connections": "\(server.connectionCount)"])
        await listeners.close()
        server.registry.drainAll()
        if !(await server.registry.waitUntilEmpty(timeout: drain + .milliseconds(500))) {
            logger.warning("drain timeout: closing the remaining connections", metadata: ["connections": "\(server.connectionCount)"])
            server.registry.closeAll()
            _ = await server.registry.waitUntilEmpty(timeout: .seconds(2))
        }
    }
}
