import QueueCore

extension WireCallRecord {
    public init(_ call: CallRecord) {
        self.init()
        ticket = call.ticket.description
        desk = call.desk.rawValue
        language = call.language.rawValue
        service = call.service.rawValue
        atMs = call.at.millisecondsSinceEpoch
    }
}

extension CallRecord {
    public init(_ message: WireCallRecord) throws {
        self.init(
            ticket: try FieldParsing.ticketNumber(message.ticket, "ticket"),
            desk: try FieldParsing.desk(message.desk, "desk"),
            language: try FieldParsing.language(message.language, "language"),
            service: try FieldParsing.service(message.service, "service"),
            at: FieldParsing.timestamp(message.atMs))
    }
}
