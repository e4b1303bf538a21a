extension QueueState {
    /// Everything in a `QueueState` that is not derived, in plain public fields, so the store
    /// can persist it and rebuild an equal state (`QueueState(configuration:snapshot:)`).
    public struct Snapshot: Hashable, Sendable {
        public var day: LocalDate?
        public var lastSeq: UInt64
        public var nextTicketID: TicketID
        /// Sorted by id.
        public var tickets: [Ticket]
        public var openDesks: [DeskID]
        public var appointments: [Appointment]
        public var streaks: [ServiceID: Streak]
        /// The same per desk, across the desk's services.
        public var deskStreaks: [DeskID: Streak]
        public var recentDurations: [ServiceID: [Int64]]
        public var recentCalls: [CallRecord]

        public init(
            day: LocalDate?, lastSeq: UInt64, nextTicketID: TicketID, tickets: [Ticket], openDesks: [DeskID],
            appointments: [Appointment], streaks: [ServiceID: Streak], recentDurations: [ServiceID: [Int64]],
            recentCalls: [CallRecord], deskStreaks: [DeskID: Streak] = [:]
        ) {
            self.day = day
            self.lastSeq = lastSeq
            self.nextTicketID = nextTicketID
            self.tickets = tickets
            self.openDesks = openDesks
            self.appointments = appointments
            self.streaks = streaks
            self.deskStreaks = deskStreaks
            self.recentDurations = recentDurations
            self.recentCalls = recentCalls
        }

        /// Consecutive calls of each class in a service or at a desk (see `PriorityRatio`).
        public struct Streak: Hashable, Sendable {
            public var priorityRun: Int
            public var walkInRun: Int
            public init(priorityRun: Int, walkInRun: Int) {
                self.priorityRun = priorityRun
                self.walkInRun = walkInRun
            }
        }
    }

    public var snapshot: Snapshot {
        Snapshot(
            day: day, lastSeq: lastSeq, nextTicketID: nextTicketID,
            tickets: tickets.values.sorted { $0.id < $1.id },
            openDesks: openDesks.sorted(),
            appointments: appointments.values.sorted { $0.code.digits < $1.code.digits },
            streaks: streaks.mapValues(\.snapshot),
            recentDurations: recentDurations,
            recentCalls: recentCalls,
            deskStreaks: deskStreaks.mapValues(\.snapshot))
    }

    /// The state a snapshot was taken of, under `configuration`.
    public init(configuration: SiteConfiguration, snapshot: Snapshot) {
        self.init(configuration: configuration)
        day = snapshot.day
        lastSeq = snapshot.lastSeq
        nextTicketID = snapshot.nextTicketID
        tickets = Dictionary(uniqueKeysWithValues: snapshot.tickets.map { ($0.id, $0) })
        openDesks = Set(snapshot.openDesks)
        appointments = Dictionary(uniqueKeysWithValues: snapshot.appointments.map { ($0.code, $0) })
        streaks = snapshot.streaks.mapValues(Streak.init)
        deskStreaks = snapshot.deskStreaks.mapValues(Streak.init)
        recentDurations = snapshot.recentDurations
        recentCalls = snapshot.recentCalls
        rebuildIndexes()
    }
}

extension QueueState.Streak {
    var snapshot: QueueState.Snapshot.Streak { .init(priorityRun: priorityRun, walkInRun: walkInRun) }

    init(_ snapshot: QueueState.Snapshot.Streak) {
        self.init(priorityRun: snapshot.priorityRun, walkInRun: snapshot.walkInRun)
    }
}
