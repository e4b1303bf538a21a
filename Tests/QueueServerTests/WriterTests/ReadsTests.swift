import QueueCore
@testable import QueueServer
import Testing

@Suite("QueueWriter reads, reports, backup, reconfigure")
struct ReadsTests {
    @Test("status and waiting list show the state after the last commit")
    func statusAndWaiting() async throws {
        let harness = WriterHarness()
        try await harness.run { writer in
            _ = try await writer.submit(.openDesk("desk-2"))
            _ = try await writer.submit(WriterSite.take("medical"))
            _ = try await writer.submit(WriterSite.take("nursing"))
            _ = try await writer.submit(WriterSite.take("medical"))
            let status = await writer.status()
            #expect(status.lastSeq == writer.statistics.events.asSeq)
            #expect(status.services.map(\.waiting) == [2, 1])
            #expect(status.desks.first { $0.desk == "desk-2" }?.isOpen == true)
            let all = await writer.waiting(services: [])
            #expect(all.lines.map(\.service) == ["medical", "nursing"])
            #expect(all.lines.map(\.tickets.count) == [2, 1])
            let health = await writer.health()
            #expect(health.isHealthy && health.lastSeq == status.lastSeq)
        }
    }

    @Test("reconfigure adds a service on the writer thread")
    func reconfigure() async throws {
        let harness = WriterHarness()
        try await harness.run { writer in
            await #expect(throws: BackendFailure.self) { _ = try await writer.submit(WriterSite.take("social")) }
            var site = await writer.configuration()
            site.services.append(Service(id: "social", prefix: "S"))
            try await writer.reconfigure(site)
            #expect(await writer.configuration().service("social") != nil)
            let ticket = try await writer.submit(WriterSite.take("social"))
            #expect(ticket.reply.ticket?.number.description == "S-001")
        }
    }

    @Test("a report of today counts what was committed; a reversed period is refused")
    func report() async throws {
        let harness = WriterHarness()
        try await harness.run { writer in
            for _ in 0..<3 { _ = try await writer.submit(WriterSite.take()) }
            let day = WriterSite.monday
            let report = try await writer.report(from: day, through: day)
            #expect(report.totalTickets == 3)
            #expect(report.daysOpen == 1)
            await #expect(throws: BackendFailure.self) {
                _ = try await writer.report(from: day.adding(days: 1), through: day)
            }
        }
    }

    @Test("a backup opens as a queue with the same events; the live file is not a target")
    func backup() async throws {
        let harness = WriterHarness()
        let restored = WriterHarness()
        defer { restored.directory.remove() }
        // The copy lives outside the harness's directory, which `run` removes at the end.
        let copy = restored.directory.file("backup.sqlite")
        try await harness.run { writer in
            for _ in 0..<3 { _ = try await writer.submit(WriterSite.take()) }
            try await writer.backup(to: copy)
            await #expect(throws: BackendFailure.self) { try await writer.backup(to: harness.directory.database) }
            await #expect(throws: BackendFailure.self) { try await writer.backup(to: "") }
            do throws(BackendFailure) {
                try await writer.backup(to: "/nonexistent-directory/backup.sqlite")
                Issue.record("a backup into a missing directory succeeded")
            } catch {
                guard case .invalidArgument(let message) = error else {
                    Issue.record("expected invalidArgument, got \(error)")
                    return
                }
                #expect(message.contains("nonexistent-directory"))
            }
        }
        let writer = try QueueWriter.open(
            databasePath: copy, configuration: WriterSite.configuration, retentionDays: nil,
            clock: restored.clock.now, logger: restored.logs.logger)
        #expect(await writer.status().services.first?.waiting == 3)
        await writer.shutdown()
    }
}
