import ArgumentParser
import KioskClient
import QueueCore

struct CallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call", abstract: "Call the next ticket at a desk (finishing its current one).")

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "The desk.") var desk: String
    @Option(help: "Only tickets in this language (an interpreter is here).") var lang: String?
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let language = try Failure.language(lang)
        try await Failure.guarding {
            try await connection.withClient(name: "queuectl call") { client in
                let reply = try await client.callNext(desk: DeskID(desk), language: language)
                if json { return output(TicketJSON.reply(reply).rendered()) }
                if let finished = reply.finished { output("finished \(finished.number)") }
                guard let ticket = reply.ticket else { return output("nobody is waiting") }
                output("\(ticket.number) -> \(desk)  (\(ticket.service), language \(ticket.language))")
            }
        }
    }
}
