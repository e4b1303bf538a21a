/// The server's own settings from the `[server]` and `[limits]` sections: where it listens,
/// where it keeps its data, and its limits. The queue rules never see these.
public struct ServerSettings: Sendable, Hashable {
    /// Default: `127.0.0.1:7878`, plus `$RUNTIME_DIRECTORY/queue.sock` when systemd gives a
    /// runtime directory. Ignored for sockets systemd passes in (socket activation).
    public var listen: [ListenAddress]
    /// The SQLite file. Default `$STATE_DIRECTORY/queue.db`, else `./queue.db`; a relative path
    /// in the file is taken inside `$STATE_DIRECTORY` when set.
    public var databasePath: String
    /// Device tokens (`role name token` lines). systemd's `tokens` credential wins over it.
    public var tokensFile: String?
    /// Raw tickets older than this many days become per-day aggregates; default 365.
    public var retentionDays: Int
    public var limits: ServerLimits

    public static let defaultPort = 7878
    public static let defaultRetentionDays = 365
    public static let socketName = "queue.sock"
    public static let databaseName = "queue.db"

    public init(
        listen: [ListenAddress], databasePath: String, tokensFile: String? = nil,
        retentionDays: Int = ServerSettings.defaultRetentionDays, limits: ServerLimits = ServerLimits()
    ) {
        self.listen = listen
        self.databasePath = databasePath
        self.tokensFile = tokensFile
        self.retentionDays = retentionDays
        self.limits = limits
    }

    /// What a file without a `[server]` section gets under `environment` (systemd's
    /// `RUNTIME_DIRECTORY` and `STATE_DIRECTORY`; the first path when it lists several).
    public static func defaults(environment: [String: String]) -> ServerSettings {
        var listen: [ListenAddress] = [.tcp(host: "127.0.0.1", port: defaultPort)]
        if let runtime = directory("RUNTIME_DIRECTORY", in: environment) {
            listen.append(.unix(path: runtime + "/" + socketName))
        }
        return ServerSettings(listen: listen, databasePath: databasePath(databaseName, environment: environment))
    }

    /// `path` as the server opens it: relative paths go inside `$STATE_DIRECTORY` when set.
    static func databasePath(_ path: String, environment: [String: String]) -> String {
        guard !path.hasPrefix("/") else { return path }
        guard let state = directory("STATE_DIRECTORY", in: environment) else {
            return path.hasPrefix(".") ? path : "./" + path
        }
        return state + "/" + path
    }

    static func directory(_ name: String, in environment: [String: String]) -> String? {
        guard let value = environment[name], let first = value.split(separator: ":").first, !first.isEmpty else {
            return nil
        }
        var path = String(first)
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
