import QueueCore
import QueueStore
import SiteConfig
import Testing

@testable import queue_bench

@Suite struct YearHistoryTests {
    /// Wednesday 2026-03-04, 11:00 UTC.
    static let now = TimeZoneRules.utc.timestamp(of: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 4)!, secondsOfDay: 11 * 3600))
    static var today: LocalDate { TimeZoneRules.utc.localDate(at: now) }

    static func benchSite(_ directory: String) throws -> SiteFile {
        let site = BenchSite(listen: ["127.0.0.1:45678"], database: directory + "/queue.db", tokensFile: nil)
        return try SiteConfigLoader.parse(
            site.toml, source: "bench.toml", zoneInfo: { ZoneInfo.bytes(of: $0, environment: [:]) }, environment: [:])
    }

    static let small = YearHistory(openDays: 5, ticketsPerDay: 40, ticketsToday: 12, seed: 7)

    @Test func openDaysAreTheWeekdaysBeforeToday() {
        let days = YearHistory.openDays(5, before: Self.today)
        #expect(days.map(\.description) == ["2026-02-25", "2026-02-26", "2026-02-27", "2026-03-02", "2026-03-03"])
        // The default year (250 open days) is inside the default retention: no prune at start.
        let year = YearHistory.openDays(YearHistory().openDays, before: Self.today)
        #expect(year.count == 250)
        #expect(year.first! >= Self.today.adding(days: -ServerSettings.defaultRetentionDays))
        #expect(YearHistory().openDays * YearHistory().ticketsPerDay >= 30_000)
    }

    @Test func aFewDaysAreWrittenAsTheServerWouldHaveWrittenThem() throws {
        let directory = try SystemFiles.makeTemporaryDirectory()
        defer { SystemFiles.removeTree(directory) }
        let site = try Self.benchSite(directory)
        let summary = try Self.small.write(configuration: site.site, to: site.server.databasePath, now: Self.now)

        #expect(summary.days == 6)
        #expect(summary.firstDay?.description == "2026-02-25")
        #expect(summary.lastDay == Self.today)
        #expect(summary.tickets == 5 * 40 + 12)
        #expect(summary.calls > summary.tickets / 2)
        #expect(summary.noShows > 0 && summary.transfers > 0 && summary.recalls > 0)
        // A snapshot after each day's first batch, and one at the end as at a clean shutdown.
        #expect(summary.snapshots >= summary.days + 1)

        // The state the server loads (snapshot + events after it) is the state that replaying
        // the whole log gives: the snapshots are the writer's, at the right places.
        let store = try QueueStore.open(path: site.server.databasePath, timeZone: site.site.timeZone)
        #expect(store.lastSeq == UInt64(summary.events))
        let loaded = try store.loadState(configuration: site.site)
        store.close()
        let reader = try StoreReader.open(path: site.server.databasePath, timeZone: site.site.timeZone)
        defer { reader.close() }
        var replayed = QueueState(configuration: site.site)
        var seq: UInt64 = 0
        while true {
            let events = try reader.events(after: seq, limit: 1000)
            guard let last = events.last else { break }
            for event in events { replayed.apply(event) }
            seq = last.seq
        }
        #expect(seq == UInt64(summary.events))
        #expect(loaded == replayed)
        #expect(loaded.day == Self.today)
        #expect(loaded.tickets.values.allSatisfy { $0.day == Self.today })
        #expect(loaded.tickets.count == 12)

        // Each day's events are filed under it: the reports see each day's tickets.
        let figures = try reader.dayFigures(from: summary.firstDay!, through: Self.today)
        let perDay = Dictionary(uniqueKeysWithValues: figures.map { ($0.date, $0.totalTickets) })
        #expect(perDay.count == 6)
        #expect(perDay[Self.today] == 12)
        #expect(figures.reduce(0) { $0 + $1.totalTickets } == summary.tickets)
        #expect(figures.allSatisfy { $0.date == Self.today || $0.totalConsultations > 0 })
    }

    @Test func theSameSeedWritesTheSameHistory() throws {
        var summaries: [YearHistory.Summary] = []
        for _ in 0..<2 {
            let directory = try SystemFiles.makeTemporaryDirectory()
            defer { SystemFiles.removeTree(directory) }
            let site = try Self.benchSite(directory)
            summaries.append(try Self.small.write(configuration: site.site, to: site.server.databasePath, now: Self.now))
        }
        #expect(summaries[0] == summaries[1])
    }

    @Test func aStoreWithEventsIsRefused() throws {
        let directory = try SystemFiles.makeTemporaryDirectory()
        defer { SystemFiles.removeTree(directory) }
        let site = try Self.benchSite(directory)
        _ = try Self.small.write(configuration: site.site, to: site.server.databasePath, now: Self.now)
        #expect(throws: BenchError.self) {
            try Self.small.write(configuration: site.site, to: site.server.databasePath, now: Self.now)
        }
    }
}
