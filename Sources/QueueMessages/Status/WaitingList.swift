import QueueCore

/// What ListWaiting answers: the waiting tickets of some services, each line in the order the
/// tickets would be called, as of event `lastSeq`.
public struct WaitingList: Hashable, Sendable {
    public var lastSeq: UInt64
    public var lines: [Line]

    /// The waiting tickets of one service, next first.
    public struct Line: Hashable, Sendable {
        public var service: ServiceID
        public var tickets: [Ticket]

        public init(service: ServiceID, tickets: [Ticket]) {
            self.service = service
            self.tickets = tickets
        }
    }

    public init(lastSeq: UInt64, lines: [Line]) {
        self.lastSeq = lastSeq
        self.lines = lines
    }

    /// The lines of `services` in `state` at `now`.
    public init(_ state: QueueState, services: [ServiceID], at now: Timestamp) {
        self.init(
            lastSeq: state.lastSeq,
            lines: services.map { Line(service: $0, tickets: state.waitingTickets(in: $0, at: now)) })
    }
}

extension WireWaitingList {
    public init(_ list: WaitingList) {
        self.init()
        lastSeq = list.lastSeq
        lines = list.lines.map { line in
            .with {
                $0.service = line.service.rawValue
                $0.tickets = line.tickets.map(WireTicket.init)
            }
        }
    }
}

extension WaitingList {
    public init(_ message: WireWaitingList) throws {
        self.init(
            lastSeq: message.lastSeq,
            lines: try decodeEach("lines", message.lines) { line in
                Line(
                    service: try FieldParsing.service(line.service, "service"),
                    tickets: try decodeEach("tickets", line.tickets, Ticket.init))
            })
    }
}
