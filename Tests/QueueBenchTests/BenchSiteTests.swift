import QueueCore
import SiteConfig
import Testing

@testable import queue_bench

@Suite struct BenchSiteTests {
    let site = BenchSite(listen: ["127.0.0.1:45678"], database: "/tmp/x/queue.db", tokensFile: "/tmp/x/tokens", limits: [("max_connections", 200)])

    @Test func theSiteFileReadsWithoutProblems() throws {
        let file = try SiteConfigLoader.parse(site.toml, source: "bench.toml", zoneInfo: { ZoneInfo.bytes(of: $0, environment: [:]) }, environment: [:])
        #expect(file.site.name == "queue-bench")
        #expect(file.site.services.map(\.id.rawValue) == ["medical", "social", "psychological"])
        #expect(file.site.desks.count == 3)
        #expect(file.server.listen == [.tcp(host: "127.0.0.1", port: 45678)])
        #expect(file.server.databasePath == "/tmp/x/queue.db")
        #expect(file.server.tokensFile == "/tmp/x/tokens")
        #expect(file.server.limits.maxConnections == 200)
        #expect(file.warnings.isEmpty)
    }

    @Test func openAllDayEveryDay() throws {
        let file = try SiteConfigLoader.parse(site.toml, source: "bench.toml", zoneInfo: { ZoneInfo.bytes(of: $0, environment: [:]) }, environment: [:])
        #expect(file.site.hours.weekly == WeeklyHours.always)
        #expect(file.site.hours.closedDates.isEmpty)
    }

    @Test func quotesAreEscaped() {
        var odd = site
        odd.name = "say \"hi\" \\ there"
        #expect(odd.toml.contains(#"name = "say \"hi\" \\ there""#))
    }

    @Test func tokensFileHasEveryRole() {
        let lines = BenchTokens.file.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(Set(lines.map { String($0.split(separator: " ")[0]) }) == ["admin", "desk", "kiosk", "display"])
        #expect(!BenchTokens.file.contains(BenchTokens.wrong))
    }
}
