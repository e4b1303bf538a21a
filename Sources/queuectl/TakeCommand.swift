import ArgumentParser
import KioskClient
import QueueCore

struct TakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take", abstract: "Take a ticket for a service (as the kiosk does).")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The service: its name (medical) or its label (Médecin).") var service: String
    @Option(help: "The patient's language (default: the site's).") var lang: String?
    @Flag(help: "Mark it urgent (desk and admin tokens only).") var urgent = false
    @Option(help: "Idempotency key: the same key returns the same ticket (default: a fresh one).") var key: String?
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let language = try Failure.language(lang)
        try await Failure.guarding {
            try await connection.withClient(name: "queuectl take") { client in
                let site = try await client.getSiteInfo()
                let chosen = try Failure.service(service, in: site)
                let reply = try await client.takeTicket(
                    service: chosen.id, language: language, urgent: urgent,
                    idempotencyKey: key ?? IdempotencyKey.fresh().rawValue)
                if json { return output(TicketJSON.reply(reply).rendered()) }
                guard let ticket = reply.ticket else { return output("no ticket") }
                var line = "\(ticket.number)  \(chosen.label(in: ticket.language, fallback: site.languages.first))"
                if let estimate = reply.estimate {
                    line += "  (about \(estimate.minutes) min, \(estimate.peopleAhead) ahead)"
                }
                output(line)
            }
        }
    }
}
