import QueueCore
import QueueMessages
import WireProtocol

/// The request messages the scenarios send, built in one place.
enum Requests {
    // The queue commands go through QueueMessages' `QueueCommand.request`, the mapping the
    // client library uses too; only the reads below are built here.
    static func takeTicket(service: String, key: String, language: String = "fr") -> any CommandRequest {
        command(.takeTicket(service: ServiceID(service), language: LanguageCode(language)!, urgent: false, idempotencyKey: key))
    }

    static func callNext(desk: String) -> any CommandRequest { command(.callNext(desk: DeskID(desk), language: nil)) }
    static func openDesk(_ desk: String) -> any CommandRequest { command(.openDesk(DeskID(desk))) }
    static func finish(desk: String) -> any CommandRequest { command(.finish(desk: DeskID(desk))) }
    static func recall(desk: String) -> any CommandRequest { command(.recall(desk: DeskID(desk))) }
    static func noShow(desk: String) -> any CommandRequest { command(.markNoShow(desk: DeskID(desk))) }

    /// `ticket` is a number the server issued, so it always parses (as the bench's fixed language codes do).
    static func transfer(ticket: String, to service: String) -> any CommandRequest {
        command(.transfer(TicketNumber(ticket)!, to: ServiceID(service)))
    }

    /// Every command but `rollOver` has a request.
    private static func command(_ command: QueueCommand) -> any CommandRequest { command.request! }

    static func subscribe(after seq: UInt64) -> WireSubscribeRequest {
        var request = WireSubscribeRequest()
        request.afterSeq = seq
        return request
    }

    static func report(day: String) -> WireGetReportRequest {
        var request = WireGetReportRequest()
        request.fromDay = day
        request.throughDay = day
        return request
    }

    static func listWaiting() -> WireListWaitingRequest { WireListWaitingRequest() }
    static func status() -> WireGetStatusRequest { WireGetStatusRequest() }
}

extension WireQueueEvent {
    /// The ticket a ticket event carries (after the change), nil for other kinds.
    var ticketValue: WireTicket? {
        switch kind {
        case .ticketIssued(let ticket), .ticketCalled(let ticket), .ticketRecalled(let ticket),
            .ticketFinished(let ticket), .ticketMissed(let ticket), .ticketReinstated(let ticket),
            .ticketCancelled(let ticket), .ticketFlaggedUrgent(let ticket):
            ticket
        case .ticketTransferred(let transferred): transferred.ticket
        default: nil
        }
    }
}
