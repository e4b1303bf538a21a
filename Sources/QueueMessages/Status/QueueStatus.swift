import QueueCore

/// What GetStatus answers: the queue as of event `lastSeq`, for boards and desks. Subscribing
/// with `after_seq = lastSeq` then follows it without a gap.
public struct QueueStatus: Hashable, Sendable {
    public var at: Timestamp
    /// The site-local day in progress, nil before the first event.
    public var day: LocalDate?
    public var lastSeq: UInt64
    public var utcOffsetSeconds: Int32
    /// Every configured service, in configuration order.
    public var services: [QueueState.ServiceStatus]
    /// Every configured desk, in configuration order.
    public var desks: [QueueState.DeskStatus]
    /// The latest calls, newest last.
    public var recentCalls: [CallRecord]

    public init(
        at: Timestamp, day: LocalDate?, lastSeq: UInt64, utcOffsetSeconds: Int32,
        services: [QueueState.ServiceStatus], desks: [QueueState.DeskStatus], recentCalls: [CallRecord]
    ) {
        self.at = at
        self.day = day
        self.lastSeq = lastSeq
        self.utcOffsetSeconds = utcOffsetSeconds
        self.services = services
        self.desks = desks
        self.recentCalls = recentCalls
    }

    /// The status of `state` at `now`.
    public init(_ state: QueueState, at now: Timestamp) {
        self.init(
            at: now, day: state.day, lastSeq: state.lastSeq,
            utcOffsetSeconds: state.configuration.timeZone.utcOffset(at: now),
            services: state.servicesStatus, desks: state.desksStatus, recentCalls: state.recentCalls)
    }
}

extension WireQueueStatus {
    public init(_ status: QueueStatus) {
        self.init()
        atMs = status.at.millisecondsSinceEpoch
        day = status.day?.description ?? ""
        lastSeq = status.lastSeq
        utcOffsetSeconds = status.utcOffsetSeconds
        services = status.services.map { service in
            .with {
                $0.service = service.service.rawValue
                $0.waiting = UInt32(count: service.waiting)
                if let oldest = service.oldestArrival { $0.oldestArrivalMs = oldest.millisecondsSinceEpoch }
                $0.openDesks = UInt32(count: service.openDesks)
                $0.estimate = WireWaitEstimate(service.estimate)
            }
        }
        desks = status.desks.map { desk in
            .with {
                $0.desk = desk.desk.rawValue
                $0.open = desk.isOpen
                if let current = desk.current { $0.current = WireTicket(current) }
            }
        }
        recentCalls = status.recentCalls.map(WireCallRecord.init)
    }
}

extension QueueStatus {
    public init(_ message: WireQueueStatus) throws {
        self.init(
            at: FieldParsing.timestamp(message.atMs),
            day: try FieldParsing.optionalDate(message.day, "day"),
            lastSeq: message.lastSeq,
            utcOffsetSeconds: message.utcOffsetSeconds,
            services: try decodeEach("services", message.services) { service in
                QueueState.ServiceStatus(
                    service: try FieldParsing.service(service.service, "service"),
                    waiting: Int(service.waiting),
                    oldestArrival: service.hasOldestArrivalMs ? FieldParsing.timestamp(service.oldestArrivalMs) : nil,
                    openDesks: Int(service.openDesks),
                    estimate: WaitEstimate(service.estimate))
            },
            desks: try decodeEach("desks", message.desks) { desk in
                QueueState.DeskStatus(
                    desk: try FieldParsing.desk(desk.desk, "desk"), isOpen: desk.open,
                    current: desk.hasCurrent ? try nested("current") { try Ticket(desk.current) } : nil)
            },
            recentCalls: try decodeEach("recent_calls", message.recentCalls, CallRecord.init))
    }
}
