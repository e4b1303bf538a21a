import KioskClient
import QueueCore

/// The JSON form of tickets, replies and appointments in `--json` output.
enum TicketJSON {
    static func ticket(_ ticket: Ticket?) -> JSONValue {
        guard let ticket else { return .null }
        return .object([
            ("number", .string(ticket.number.description)), ("service", .string(ticket.service.rawValue)),
            ("language", .string(ticket.language.rawValue)), ("state", .string(ticket.state.kind.rawValue)),
            ("desk", ticket.desk.map { .string($0.rawValue) } ?? .null), ("day", .string(ticket.day.description)),
            ("arrived_at_ms", .int(Int(ticket.arrivedAt.millisecondsSinceEpoch))),
        ])
    }

    static func reply(_ reply: CommandReply) -> JSONValue {
        .object([
            ("ticket", ticket(reply.ticket)), ("finished", ticket(reply.finished)),
            (
                "estimate",
                reply.estimate.map {
                    .object([("people_ahead", .int($0.peopleAhead)), ("minutes", .int($0.minutes))])
                } ?? .null
            ),
            (
                "appointment",
                reply.appointment.map {
                    .object([
                        ("code", .string($0.code.description)), ("service", .string($0.service.rawValue)),
                        ("day", .string($0.day.description)), ("window", .string($0.window.description)),
                    ])
                } ?? .null
            ),
        ])
    }
}
