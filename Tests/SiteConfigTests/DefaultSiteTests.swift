import QueueCore
import Testing

@testable import SiteConfig

/// What `queue-server` serves with no file.
@Suite struct DefaultSiteTests {
    static let file = SiteConfigLoader.builtInDefault(timeZone: .utc, environment: [:])

    @Test func isValidAndComplete() {
        let site = Self.file.site
        #expect(site.problems().isEmpty)
        #expect(site.name == "Centre d'accueil")
        #expect(site.services.map(\.id) == ["medical", "social", "psychological", "nursing"])
        #expect(site.services.map(\.prefix) == ["M", "S", "P", "N"])
        #expect(site.desks.map(\.id) == ["room-1", "room-2", "room-3"])
        #expect(Array(site.languages.prefix(4)) == ["fr", "nl", "en", "ar"])
        for service in site.services {
            #expect(Set(service.labels.keys) == Set(site.languages), "\(service.id)")
            #expect(site.desks.contains { $0.services.contains(service.id) }, "no desk serves \(service.id)")
        }
        #expect(site.priorityRatio.walkIn == 2 && site.priorityRatio.priority == 1)
    }

    @Test func isOpenEveryDayAllDay() {
        let hours = Self.file.site.hours
        for offset in 0..<7 {
            let date = LocalDate(year: 2026, month: 11, day: 23)!.adding(days: offset)
            #expect(hours.isOpen(at: LocalDateTime(date: date, time: TimeOfDay(hour: 3)!)))
            #expect(hours.isOpen(at: LocalDateTime(date: date, time: TimeOfDay(hour: 23, minute: 59)!)))
        }
    }

    @Test func arabicLabelsAreInArabicScript() {
        for service in Self.file.site.services {
            let label = service.labels["ar"] ?? ""
            #expect(label.unicodeScalars.allSatisfy { (0x0600...0x06FF).contains($0.value) || $0 == " " }, "\(label)")
        }
    }

    @Test func serverDefaultsFollowSystemdsDirectories() {
        #expect(Self.file.server.listen == [.tcp(host: "127.0.0.1", port: 7878)])
        #expect(Self.file.server.databasePath == "./queue.db")
        #expect(Self.file.server.retentionDays == 365)
        #expect(Self.file.server.limits == ServerLimits())
        let systemd = SiteConfigLoader.builtInDefault(
            timeZone: .utc, environment: ["RUNTIME_DIRECTORY": "/run/queue-server", "STATE_DIRECTORY": "/var/lib/queue-server/"])
        #expect(systemd.server.listen == [.tcp(host: "127.0.0.1", port: 7878), .unix(path: "/run/queue-server/queue.sock")])
        #expect(systemd.server.databasePath == "/var/lib/queue-server/queue.db")
    }

    @Test func takesTheMachinesZone() {
        let file = SiteConfigLoader.builtInDefault()
        #expect(file.site.problems().isEmpty)
        switch ZoneInfo.local() {
        case .success(let zone):
            #expect(file.site.timeZone == zone)
            #expect(file.warnings.isEmpty)
        case .failure:
            #expect(file.site.timeZone == .utc)
            #expect(file.warnings.count == 1)
        }
    }

    @Test func aMissingLocalZoneFallsBackToUTCWithAWarning() {
        guard case .failure(let error) = ZoneInfo.local(path: "/nonexistent/localtime") else {
            Issue.record("read a zone from nowhere")
            return
        }
        #expect(error.message.contains("/nonexistent/localtime"))
    }
}
