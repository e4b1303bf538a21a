import QueueCore

// Each request of a method that drives a `QueueCommand`, read into that command.

extension WireTakeTicketRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .takeTicket(
            service: try FieldParsing.service(service, "service"),
            language: try FieldParsing.optionalLanguage(language, "language") ?? context.defaultLanguage,
            urgent: urgent && context.mayMarkUrgent,
            idempotencyKey: idempotencyKey.isEmpty ? nil : idempotencyKey)
    }
}

extension WireCheckInRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        // The code stays as typed: the queue rules tell a typo from an unknown code.
        .checkIn(
            code: try FieldParsing.required(code, "code"),
            language: try FieldParsing.optionalLanguage(language, "language") ?? context.defaultLanguage)
    }
}

extension WireCallNextRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .callNext(
            desk: try FieldParsing.desk(desk, "desk"), language: try FieldParsing.optionalLanguage(language, "language"))
    }
}

extension WireRecallRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .recall(desk: try FieldParsing.desk(desk, "desk"))
    }
}

extension WireMarkNoShowRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .markNoShow(desk: try FieldParsing.desk(desk, "desk"))
    }
}

extension WireFinishRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .finish(desk: try FieldParsing.desk(desk, "desk"))
    }
}

extension WireReinstateRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .reinstate(try FieldParsing.ticketNumber(ticket, "ticket"))
    }
}

extension WireTransferRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .transfer(try FieldParsing.ticketNumber(ticket, "ticket"), to: try FieldParsing.service(toService, "to_service"))
    }
}

extension WireCancelRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .cancel(try FieldParsing.ticketNumber(ticket, "ticket"))
    }
}

extension WireFlagUrgentRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .flagUrgent(try FieldParsing.ticketNumber(ticket, "ticket"))
    }
}

extension WireOpenDeskRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .openDesk(try FieldParsing.desk(desk, "desk"))
    }
}

extension WirePauseDeskRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .pauseDesk(try FieldParsing.desk(desk, "desk"))
    }
}

extension WireBookAppointmentRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        guard hasWindow else { throw MessageError.missing(field: "window") }
        return .bookAppointment(
            service: try FieldParsing.service(service, "service"), day: try FieldParsing.date(day, "day"),
            window: try nested("window") { try TimeWindow(window) }, entropy: context.entropy)
    }
}

extension WireCancelAppointmentRequest: CommandRequest {
    public func command(in context: CommandContext) throws -> QueueCommand {
        .cancelAppointment(code: try FieldParsing.required(code, "code"))
    }
}
