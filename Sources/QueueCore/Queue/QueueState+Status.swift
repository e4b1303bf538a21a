extension QueueState {
    /// What a desk or a board shows about one service.
    public struct ServiceStatus: Hashable, Sendable {
        public let service: ServiceID
        public let waiting: Int
        /// Arrival of the person waiting longest, if anyone waits.
        public let oldestArrival: Timestamp?
        public let openDesks: Int
        /// For someone taking a ticket now.
        public let estimate: WaitEstimate

        public init(service: ServiceID, waiting: Int, oldestArrival: Timestamp?, openDesks: Int, estimate: WaitEstimate) {
            self.service = service
            self.waiting = waiting
            self.oldestArrival = oldestArrival
            self.openDesks = openDesks
            self.estimate = estimate
        }
    }

    /// What a board shows about one desk.
    public struct DeskStatus: Hashable, Sendable {
        public let desk: DeskID
        public let isOpen: Bool
        public let current: Ticket?

        public init(desk: DeskID, isOpen: Bool, current: Ticket?) {
            self.desk = desk
            self.isOpen = isOpen
            self.current = current
        }
    }

    public func serviceStatus(_ service: ServiceID) -> ServiceStatus {
        let waiting = (walkIns[service] ?? []) + (priorityTickets[service] ?? [])
        let oldest = waiting.compactMap { tickets[$0]?.arrivedAt }.min()
        return ServiceStatus(
            service: service, waiting: waiting.count, oldestArrival: oldest, openDesks: openDeskCount(for: service),
            estimate: estimateForNewTicket(in: service))
    }

    /// Every configured service, in configuration order.
    public var servicesStatus: [ServiceStatus] { configuration.services.map { serviceStatus($0.id) } }

    /// Every configured desk, in configuration order.
    public var desksStatus: [DeskStatus] {
        configuration.desks.map { desk in
            DeskStatus(
                desk: desk.id, isOpen: openDesks.contains(desk.id),
                current: currentTickets[desk.id].flatMap { tickets[$0] })
        }
    }

    /// Today's ticket with this number, if any.
    public func ticket(_ number: TicketNumber) -> Ticket? {
        numbers[number].flatMap { tickets[$0] }
    }
}
