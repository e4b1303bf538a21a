import WireProtocol

/// The request messages the scenarios send, built in one place.
enum Requests {
    static func takeTicket(service: String, key: String, language: String = "fr") -> WireTakeTicketRequest {
        var request = WireTakeTicketRequest()
        request.service = service
        request.language = language
        request.idempotencyKey = key
        return request
    }

    static func callNext(desk: String) -> WireCallNextRequest {
        var request = WireCallNextRequest()
        request.desk = desk
        return request
    }

    static func openDesk(_ desk: String) -> WireOpenDeskRequest {
        var request = WireOpenDeskRequest()
        request.desk = desk
        return request
    }

    static func finish(desk: String) -> WireFinishRequest {
        var request = WireFinishRequest()
        request.desk = desk
        return request
    }

    static func recall(desk: String) -> WireRecallRequest {
        var request = WireRecallRequest()
        request.desk = desk
        return request
    }

    static func noShow(desk: String) -> WireMarkNoShowRequest {
        var request = WireMarkNoShowRequest()
        request.desk = desk
        return request
    }

    static func transfer(ticket: String, to service: String) -> WireTransferRequest {
        var request = WireTransferRequest()
        request.ticket = ticket
        request.toService = service
        return request
    }

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
