import QueueCore
import QueueMessages
import SwiftProtobuf
import Testing

@Suite("Commands travel as request messages")
struct CommandRequestTests {
    static let staff = CommandContext(entropy: 4242, mayMarkUrgent: true, defaultLanguage: "fr")

    static let commands: [QueueCommand] = [
        .takeTicket(service: "medical", language: "ar", urgent: true, idempotencyKey: "k-9"),
        .takeTicket(service: "dentist", language: "fr", urgent: false, idempotencyKey: nil),
        .checkIn(code: "482-913", language: "ti"),
        .callNext(desk: "salle-1", language: nil),
        .callNext(desk: "salle-1", language: "pt-br"),
        .recall(desk: "salle-1"),
        .markNoShow(desk: "salle-1"),
        .finish(desk: "salle-1"),
        .reinstate(TicketNumber(prefix: "M", number: 7)),
        .transfer(TicketNumber(prefix: "M", number: 1234), to: "nursing"),
        .cancel(TicketNumber(prefix: "S", number: 1)),
        .flagUrgent(TicketNumber(prefix: "N", number: 3)),
        .openDesk("bureau"),
        .pauseDesk("bureau"),
        .bookAppointment(service: "medical", day: Scenario.day, window: TimeWindow("09:00-09:30")!, entropy: 4242),
        .cancelAppointment(code: "482913"),
    ]

    @Test(arguments: commands)
    func commandRoundTrips(command: QueueCommand) throws {
        let request = try #require(command.request)
        let bytes: [UInt8] = try request.serializedBytes()
        let decoded = try type(of: request).init(decoding: bytes)
        #expect(try decoded.command(in: Self.staff) == command)
    }

    @Test func rollOverHasNoRequest() {
        #expect(QueueCommand.rollOver.request == nil)
    }

    @Test func kioskCannotMarkUrgent() throws {
        let kiosk = CommandContext(entropy: 0, mayMarkUrgent: false, defaultLanguage: "fr")
        let request = WireTakeTicketRequest.with {
            $0.service = "medical"
            $0.urgent = true
        }
        #expect(
            try request.command(in: kiosk)
                == .takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: nil))
    }

    @Test func malformedFieldsAreNamed() {
        #expect(throws: MessageError.missing(field: "service")) {
            try WireTakeTicketRequest().command(in: Self.staff)
        }
        #expect(throws: MessageError.malformed(field: "language", value: "français", expected: "a language code like fr or pt-br")) {
            try WireTakeTicketRequest.with {
                $0.service = "medical"
                $0.language = "français"
            }.command(in: Self.staff)
        }
        #expect(throws: MessageError.malformed(field: "ticket", value: "7", expected: "a ticket number like M-007")) {
            try WireCancelRequest.with { $0.ticket = "7" }.command(in: Self.staff)
        }
        #expect(throws: MessageError.missing(field: "window")) {
            try WireBookAppointmentRequest.with {
                $0.service = "medical"
                $0.day = "2026-11-23"
            }.command(in: Self.staff)
        }
        #expect(throws: MessageError.malformed(field: "window.end", value: "09:00", expected: "a time after start")) {
            try WireBookAppointmentRequest.with {
                $0.service = "medical"
                $0.day = "2026-11-23"
                $0.window = .with {
                    $0.start = "09:30"
                    $0.end = "09:00"
                }
            }.command(in: Self.staff)
        }
    }
}
