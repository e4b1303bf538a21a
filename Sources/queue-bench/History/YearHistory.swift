import QueueCore
import QueueStore

/// A year of a site's history written straight into its store, without the server: the server
/// has no injectable clock, but `QueueState.execute(_:at:)` takes the time, so the bench plays
/// each open day with QueueCore at that day's times and appends the events with `QueueStore`,
/// batched and snapshotted like the server's writer (`WriterCore`: a snapshot every
/// `snapshotInterval` events and after the batch that starts a new day, and one at the end, as
/// at a clean shutdown). The server then opens the file as its own.
///
/// Open days are the `openDays` weekdays before today (250 weekdays are about 50 weeks, so
/// inside the default 365-day retention); on each, about `ticketsPerDay` people take a ticket
/// between 08:30 and 17:30 at the site's desks, which are called next, finished, some recalled,
/// missed (no-shows) or transferred to another service, until 19:00. Tickets still waiting
/// then are cancelled by the next day's rollover, as on a real site. Today gets
/// `ticketsToday` tickets in the hours before `now`, so a start replays part of a day.
struct YearHistory: Sendable {
    var openDays = 250
    var ticketsPerDay = 120
    var ticketsToday = 60
    var seed: UInt64 = 2026
    /// As `QueueWriter.Options.snapshotInterval`.
    var snapshotInterval = 1000
    /// Commands per transaction (the writer commits what is pending at once).
    var batchSize = 32

    /// What was written.
    struct Summary: Sendable, Hashable {
        /// Days with tickets, today included when it got some.
        var days = 0
        var tickets = 0
        var events = 0
        var transactions = 0
        var snapshots = 0
        var calls = 0
        var recalls = 0
        var noShows = 0
        var transfers = 0
        var firstDay: LocalDate?
        var lastDay: LocalDate?
    }

    /// The open days before `today`: its `count` previous weekdays, oldest first.
    static func openDays(_ count: Int, before today: LocalDate) -> [LocalDate] {
        var days: [LocalDate] = []
        var day = today.adding(days: -1)
        while days.count < count {
            if day.weekday != .saturday && day.weekday != .sunday { days.append(day) }
            day = day.adding(days: -1)
        }
        return days.reversed()
    }

    /// Plays the year into a new store at `path` (the file must not hold events yet) for the
    /// site `configuration`, with today taken from `now`.
    func write(configuration: SiteConfiguration, to path: String, now: Timestamp) throws -> Summary {
        let store = try QueueStore.open(path: path, timeZone: configuration.timeZone)
        defer { store.close() }
        guard store.lastSeq == 0 else { throw BenchError("history: \(path) already holds \(store.lastSeq) events") }
        var writer = HistoryWriter(
            state: QueueState(configuration: configuration), store: store, snapshotInterval: snapshotInterval,
            batchSize: batchSize)
        var random = SeededGenerator(seed: seed)
        let timeZone = configuration.timeZone
        let today = timeZone.localDate(at: now)
        // Busier and quieter days in pairs, so the year holds exactly openDays × ticketsPerDay.
        var swing = 0
        for (index, day) in Self.openDays(openDays, before: today).enumerated() {
            if index % 2 == 0 {
                swing = index + 1 < openDays ? Int.random(in: 0...max(1, ticketsPerDay / 8), using: &random) : 0
            } else {
                swing = -swing
            }
            let count = ticketsPerDay + swing
            var plan = DayPlan(date: day, opens: 8 * 60 + 15, arrivals: (8 * 60 + 30)..<(17 * 60 + 30), closes: 19 * 60)
            plan.tickets = count
            try plan.play(configuration: configuration, writer: &writer, random: &random)
        }
        // Today, up to a minute before now: the hours before, at most four.
        let nowMinute = timeZone.localDateTime(at: now).secondsOfDay / 60
        if ticketsToday > 0 && nowMinute >= 2 {
            let first = max(0, nowMinute - 240)
            var plan = DayPlan(date: today, opens: first, arrivals: first..<(nowMinute - 1), closes: nil)
            plan.tickets = ticketsToday
            plan.lastMinute = nowMinute - 1
            try plan.play(configuration: configuration, writer: &writer, random: &random)
        }
        try writer.flush()
        try writer.snapshot()
        return writer.summary
    }
}

/// The writer's side of the history: runs commands on the state, batches their events into
/// transactions and writes snapshots when the server's writer would.
struct HistoryWriter {
    var state: QueueState
    let store: QueueStore
    let snapshotInterval: Int
    let batchSize: Int
    var summary = YearHistory.Summary()
    private var pending: [QueueEvent] = []
    private var pendingCommands = 0
    private var eventsSinceSnapshot = 0

    init(state: QueueState, store: QueueStore, snapshotInterval: Int, batchSize: Int) {
        self.state = state
        self.store = store
        self.snapshotInterval = snapshotInterval
        self.batchSize = batchSize
    }

    /// Runs `command` at `time`; nil when the queue refused it (nothing changed then).
    mutating func run(_ command: QueueCommand, at time: Timestamp) throws -> CommandReply? {
        let reply: CommandReply
        let events: [QueueEvent]
        do {
            (reply, events) = try state.execute(command, at: time)
        } catch {
            return nil
        }
        guard !events.isEmpty else { return reply }
        pending += events
        pendingCommands += 1
        for event in events {
            switch event.kind {
            case .dayStarted(let day):
                summary.firstDay = summary.firstDay ?? day
                summary.lastDay = day
            case .ticketIssued: summary.tickets += 1
            case .ticketCalled: summary.calls += 1
            case .ticketRecalled: summary.recalls += 1
            case .ticketMissed: summary.noShows += 1
            case .ticketTransferred: summary.transfers += 1
            default: break
            }
        }
        if pendingCommands >= batchSize { try flush() }
        return reply
    }

    /// Commits what is pending in one transaction, then snapshots like `WriterCore.commit`.
    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try store.append(pending)
        summary.transactions += 1
        summary.events += pending.count
        eventsSinceSnapshot += pending.count
        let newDay = pending.contains { if case .dayStarted = $0.kind { true } else { false } }
        pending.removeAll(keepingCapacity: true)
        pendingCommands = 0
        if newDay { summary.days += 1 }
        if newDay || eventsSinceSnapshot >= snapshotInterval { try snapshot() }
    }

    mutating func snapshot() throws {
        try store.writeSnapshot(state)
        eventsSinceSnapshot = 0
        summary.snapshots += 1
    }
}
