import Glibc
import QueueCore
import SiteConfig

/// The site the integration tests serve: open all day every day, two services, two desks.
enum TestSite {
    static let configuration = SiteConfiguration(
        name: "Test centre", timeZone: .utc,
        services: [
            Service(id: "medical", prefix: "M", labels: ["fr": "Médecin", "en": "Doctor"]),
            Service(id: "social", prefix: "S", labels: ["fr": "Service social", "en": "Social worker"]),
        ],
        desks: [
            Desk(id: "room-1", label: "Salle 1", services: ["medical"]),
            Desk(id: "room-2", label: "Salle 2", services: ["medical", "social"]),
        ],
        languages: ["fr", "en"])

    /// Short timeouts, so the timeout tests finish soon; the rest as in production.
    static func limits(
        maxConnections: Int = 64, maxCalls: Int = 8, idleSeconds: Int = 300, partialFrameSeconds: Int = 1,
        handshakeSeconds: Int = 5, drainSeconds: Int = 10, subscriberBuffer: Int = 4096
    ) -> ServerLimits {
        ServerLimits(
            maxConnections: maxConnections, maxFrameLength: 65536, maxConcurrentCallsPerConnection: maxCalls,
            idleTimeoutSeconds: idleSeconds, partialFrameTimeoutSeconds: partialFrameSeconds,
            handshakeTimeoutSeconds: handshakeSeconds, drainTimeoutSeconds: drainSeconds,
            subscriberBufferEvents: subscriberBuffer)
    }

    static func file(directory: String, limits: ServerLimits) -> SiteFile {
        SiteFile(
            site: configuration,
            server: ServerSettings(
                listen: [.tcp(host: "127.0.0.1", port: 0), .unix(path: directory + "/queue.sock")],
                databasePath: directory + "/queue.db", limits: limits),
            source: "test")
    }

    /// A fixed instant, a Tuesday at 10:00 UTC: the site is open.
    static let now = Timestamp(millisecondsSinceEpoch: 1_795_514_400_000)
}
