import ArgumentParser
import KioskClient
import QueueCore

struct BookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book", abstract: "Book an appointment; prints the six-digit code the patient gets.")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The service.") var service: String
    @Option(help: "The day, YYYY-MM-DD (site time).") var day: String
    @Option(help: "The slot, HH:MM-HH:MM.") var time: String
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        guard let date = LocalDate(day) else { throw ValidationError("'\(day)' is not a day YYYY-MM-DD") }
        guard let window = TimeWindow(time) else { throw ValidationError("'\(time)' is not a slot like 10:00-10:30") }
        try await Failure.guarding {
            try await connection.withClient(name: "queuectl book") { client in
                let site = try await client.getSiteInfo()
                let chosen = try Failure.service(service, in: site)
                let reply = try await client.bookAppointment(service: chosen.id, day: date, window: window)
                if json { return output(TicketJSON.reply(reply).rendered()) }
                guard let appointment = reply.appointment else { return output("booked") }
                output("code \(appointment.code)  \(chosen.id) \(appointment.day) \(appointment.window)")
            }
        }
    }
}
