import QueueCore
import Testing

@testable import SiteConfig

/// `[server]`, `[limits]` and listen addresses.
@Suite struct ServerSettingsTests {
    @Test(arguments: [
        ("127.0.0.1:7878", ListenAddress.tcp(host: "127.0.0.1", port: 7878)),
        ("0.0.0.0:80", .tcp(host: "0.0.0.0", port: 80)),
        ("[::1]:7878", .tcp(host: "::1", port: 7878)),
        ("[::]:0", .tcp(host: "::", port: 0)),
        ("[fe80::1:2]:9", .tcp(host: "fe80::1:2", port: 9)),
        ("localhost:7878", .tcp(host: "localhost", port: 7878)),
        ("queue.local:7878", .tcp(host: "queue.local", port: 7878)),
        ("unix:/run/queue-server/queue.sock", .unix(path: "/run/queue-server/queue.sock")),
    ])
    func listenAddressesReadAndPrintBack(text: String, address: ListenAddress) throws {
        #expect(try ListenAddress(parsing: text) == address)
        #expect(address.description == text)
    }

    @Test(arguments: [
        "127.0.0.1", "127.0.0.1:", "127.0.0.1:http", "1.2.3:80", "::1:80", "[1:2:3]:80", "[::1::2]:80", ":80",
        "-bad-:80", "unix:", "unix:relative.sock", "unix:/" + String(repeating: "a", count: 120),
    ])
    func badListenAddressesAreRefused(text: String) {
        #expect(throws: ListenAddressError.self) { try ListenAddress(parsing: text) }
    }

    @Test func everySettingIsRead() throws {
        let text = Support.minimal + """

            [server]
            listen = "unix:/run/q.sock"
            database = "/srv/queue/queue.db"
            tokens_file = "/etc/queue-server/tokens"
            retention_days = 90

            [limits]
            max_connections = 100
            max_frame_length = 4096
            max_calls_per_connection = 8
            idle_timeout_seconds = 60
            partial_frame_timeout_seconds = 5
            handshake_timeout_seconds = 3
            drain_timeout_seconds = 2
            subscriber_buffer_events = 512
            auth_failures_before_lockout = 3
            auth_lockout_seconds = 120
            """
        let server = try Support.parse(text, environment: ["RUNTIME_DIRECTORY": "/run/x"]).server
        #expect(server.listen == [.unix(path: "/run/q.sock")])
        #expect(server.databasePath == "/srv/queue/queue.db")
        #expect(server.tokensFile == "/etc/queue-server/tokens")
        #expect(server.retentionDays == 90)
        #expect(
            server.limits
                == ServerLimits(
                    maxConnections: 100, maxFrameLength: 4096, maxConcurrentCallsPerConnection: 8, idleTimeoutSeconds: 60,
                    partialFrameTimeoutSeconds: 5, handshakeTimeoutSeconds: 3, drainTimeoutSeconds: 2,
                    subscriberBufferEvents: 512, authFailuresBeforeLockout: 3, authLockoutSeconds: 120))
    }

    @Test func withoutAServerSectionTheDefaultsDependOnSystemd() throws {
        let plain = try Support.parse(Support.minimal).server
        #expect(plain == ServerSettings.defaults(environment: [:]))
        #expect(plain.listen == [.tcp(host: "127.0.0.1", port: 7878)])
        #expect(plain.databasePath == "./queue.db")
        #expect(plain.tokensFile == nil)
        let systemd = try Support.parse(
            Support.minimal, environment: ["RUNTIME_DIRECTORY": "/run/queue-server:/run/other", "STATE_DIRECTORY": "/var/lib/q"]
        ).server
        #expect(systemd.listen == [.tcp(host: "127.0.0.1", port: 7878), .unix(path: "/run/queue-server/queue.sock")])
        #expect(systemd.databasePath == "/var/lib/q/queue.db")
    }
}

/// What a reload cannot apply while running, named as in the file.
@Suite struct ServerSettingsRestartTests {
    @Test func changedServerSettingsAreNamed() {
        let running = ServerSettings(listen: [.tcp(host: "127.0.0.1", port: 7878)], databasePath: "/var/lib/q/queue.db")
        #expect(running.changesNeedingRestart(running).isEmpty)
        var new = running
        new.listen.append(.unix(path: "/run/q/queue.sock"))
        new.limits.maxConnections = 100
        #expect(running.changesNeedingRestart(new) == ["[server] listen", "[limits]"])
        new = running
        new.retentionDays = 730
        new.tokensFile = "/etc/q/tokens"
        new.databasePath = "/srv/queue.db"
        #expect(running.changesNeedingRestart(new) == ["[server] database", "[server] tokens_file", "[server] retention_days"])
    }
}
