import ArgumentParser
import KioskClient
import QueueCore

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Waiting per service, desks and their called tickets, the last calls.")

    @OptionGroup var connection: ConnectionOptions
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        try await Failure.guarding {
            try await connection.withClient(name: "queuectl status") { client in
                let site = try await client.getSiteInfo()
                let status = try await client.getStatus()
                let now = status.at
                if json {
                    return output(
                        JSONValue.object([
                            ("site", .string(site.name)), ("day", status.day.map { .string($0.description) } ?? .null),
                            ("last_seq", .int(Int(status.lastSeq))),
                            (
                                "services",
                                .array(
                                    status.services.map { s in
                                        .object([
                                            ("service", .string(s.service.rawValue)), ("waiting", .int(s.waiting)),
                                            (
                                                "oldest_wait_min",
                                                .number(s.oldestArrival.map { Int(now.milliseconds(since: $0) / 60_000) })
                                            ),
                                            ("open_desks", .int(s.openDesks)), ("estimate_min", .int(s.estimate.minutes)),
                                        ])
                                    })
                            ),
                            (
                                "desks",
                                .array(
                                    status.desks.map { d in
                                        .object([
                                            ("desk", .string(d.desk.rawValue)), ("open", .bool(d.isOpen)),
                                            ("current", TicketJSON.ticket(d.current)),
                                        ])
                                    })
                            ),
                        ]).rendered())
                }
                output("\(site.name) — \(status.day.map { DateText.day($0, site.languages.first ?? "fr") } ?? "")  "
                    + "\(DateText.dateTime(site.localTime(at: now)))")
                for s in status.services {
                    let label = site.configuration.service(s.service)?.label(in: site.languages.first ?? "fr") ?? s.service.rawValue
                    var line = "  \(DisplayWidth.fit(label, 22, .left)) \(s.waiting) waiting"
                    if let oldest = s.oldestArrival { line += ", oldest \(now.milliseconds(since: oldest) / 60_000) min" }
                    line += ", \(s.openDesks) desk(s) open"
                    output(line)
                }
                for d in status.desks {
                    let current = d.current.map { "\($0.number) (\($0.language))" } ?? "-"
                    output("  \(DisplayWidth.fit(site.deskLabel(d.desk), 22, .left)) \(d.isOpen ? "open  " : "paused") \(current)")
                }
            }
        }
    }
}
