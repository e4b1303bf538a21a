import ArgumentParser
import KioskClient
import QueueCore

struct CheckInCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin", abstract: "Check in with an appointment code: issues its ticket.")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The code, as typed (482913 or 482-913).") var code: String
    @Option(help: "The patient's language.") var lang: String?
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        try await Failure.guarding {
            try await connection.withClient(name: "queuectl checkin") { client in
                let reply = try await client.checkIn(code: code, language: lang.flatMap { LanguageCode($0) })
                if json { return output(TicketJSON.reply(reply).rendered()) }
                output(reply.ticket.map { "\($0.number)  \($0.service)" } ?? "checked in")
            }
        }
    }
}
