import ArgumentParser
import KioskClient
import QueueCore

struct KioskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk", abstract: "The entrance kiosk: language, consultation type or appointment code, ticket.")

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "ESC/POS printer device (/dev/usb/lp0) or a file to append tickets to.") var printer: String?
    @Option(help: "Seconds before a result screen goes back to the start.") var resetAfter = 20

    func run() async throws {
        let client = ReconnectingClient(
            endpoint: try connection.endpoint(), configuration: try connection.configuration(name: "kiosk"))
        let app = KioskApp(client: client, printer: printer.map(TicketPrinter.init), resultSeconds: resetAfter)
        await app.run(session: TerminalSession())
    }
}

struct DeskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk", abstract: "A clinician's desk: call next, recall, no-show, done, transfer, pause, book.")

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "The desk (room) this terminal is.") var desk: String
    @Option(help: "Language of the screen: fr, nl, en, ar.") var lang = "fr"

    func run() async throws {
        guard let language = LanguageCode(lang) else { throw ValidationError("'\(lang)' is not a language code") }
        let live = LiveQueue(endpoint: try connection.endpoint(), configuration: try connection.configuration(name: "desk \(desk)"))
        await DeskApp(live: live, desk: DeskID(desk), language: language).run(session: TerminalSession())
    }
}

struct BoardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board", abstract: "The waiting-room board: calls shown large and announced aloud.")

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "Speech program (default espeak-ng; silent when missing).") var speech: String?
    @Flag(help: "Never speak.") var silent = false

    func run() async throws {
        let live = LiveQueue(endpoint: try connection.endpoint(), configuration: try connection.configuration(name: "board"))
        let voice = SpeechQueue(program: silent ? "/nonexistent/speech" : speech)
        await BoardApp(live: live, speech: voice).run(session: TerminalSession())
    }
}
