import Testing
import QueueCore

/// Every change is a numbered event; refusals change nothing; snapshots and replays rebuild the state.
@Suite struct EventLogTests {
    @Test func everyChangeIsAnEventNumberedOneByOne() throws {
        let queue = try ScriptedDay.run()
        #expect(queue.events.map(\.seq) == Array(1...UInt64(queue.events.count)))
        #expect(queue.state.lastSeq == UInt64(queue.events.count))
        #expect(zip(queue.events, queue.events.dropFirst()).allSatisfy { $0.at <= $1.at })
        let kinds = Set(queue.events.map(\.kind.name))
        #expect(kinds.count == 14, "the scripted day covers every kind of event")
    }

    @Test func eventsCarryTheCommandsTime() throws {
        var queue = Queue()
        try queue.take("medical", at: at(14, 3))
        try queue.call("medecin-1", at: at(14, 7))
        #expect(queue.events.map(\.at) == [at(14, 3), at(14, 3), at(14, 7), at(14, 7)])
    }

    @Test func commandsThatChangeNothingEmitNothing() throws {
        var queue = try ScriptedDay.run()
        let before = queue.state
        try queue.run(.openDesk("psy"), at: at(12, on: Week.tuesday))
        let afterOpen = queue.state
        for command in [QueueCommand.openDesk("psy"), .pauseDesk("medecin-2"), .rollOver, .flagUrgent(number("M-001")), .flagUrgent(number("M-001"))] {
            try queue.run(command, at: at(12, 1, on: Week.tuesday))
        }
        #expect(before != afterOpen)
        // Only the first flag of M-001 emitted an event.
        #expect(queue.state.lastSeq == afterOpen.lastSeq + 1)
    }

    static let refusals: [QueueCommand] = [
        .takeTicket(service: "dentist", language: "fr", urgent: false, idempotencyKey: nil),
        .takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: ""),
        .takeTicket(service: "social", language: "fr", urgent: false, idempotencyKey: nil),
        .checkIn(code: "12345", language: "fr"),
        .checkIn(code: AppointmentCode(entropy: 1).digits, language: "fr"),
        .checkIn(code: AppointmentCode(entropy: 22_222).digits, language: "fr"),
        .callNext(desk: "accueil", language: nil),
        .callNext(desk: "nowhere", language: "fr"),
        .recall(desk: "psy"), .markNoShow(desk: "social"), .finish(desk: "medecin-2"),
        .reinstate(number("M-001")), .reinstate(number("Q-001")),
        .transfer(number("M-001"), to: "medical"), .transfer(number("M-001"), to: "dentist"),
        .cancel(number("Z-042")), .flagUrgent(number("Z-042")),
        .openDesk("nowhere"), .pauseDesk("nowhere"),
        .bookAppointment(service: "psy", day: Week.monday, window: Mass.window("09:00-09:30"), entropy: 3),
        .bookAppointment(service: "social", day: Week.thursday, window: Mass.window("15:00-15:30"), entropy: 3),
        .cancelAppointment(code: "not a code"), .cancelAppointment(code: AppointmentCode(entropy: 5).digits),
    ]

    @Test(arguments: refusals)
    func aRefusedCommandLeavesTheStateAsItWas(command: QueueCommand) throws {
        var queue = try ScriptedDay.run()
        let before = queue.state
        let error = queue.refuse(command, at: at(12, on: Week.tuesday))
        #expect(error != nil)
        #expect(queue.state == before)
        #expect(error.map { !$0.description.isEmpty } ?? false)
    }

    @Test func aSnapshotRebuildsAnEqualState() throws {
        var queue = Queue()
        // Before anything, after a few steps, mid-day with people called, and after the rollover.
        var checkpoints: [QueueState] = [queue.state]
        try queue.take("medical", at: at(14))
        try queue.take("medical", urgent: true, at: at(14, 1))
        checkpoints.append(queue.state)
        try queue.call("medecin-1", at: at(14, 2))
        try queue.call("medecin-2", at: at(14, 3))
        checkpoints.append(queue.state)
        checkpoints.append(try ScriptedDay.run().state)
        for state in checkpoints {
            #expect(QueueState(configuration: state.configuration, snapshot: state.snapshot) == state)
        }
    }

    @Test func replayingTheLogRebuildsAnEqualState() throws {
        let queue = try ScriptedDay.run()
        var replayed = QueueState(configuration: queue.site)
        for event in queue.events { replayed.apply(event) }
        #expect(replayed == queue.state)
    }

    @Test func aSnapshotThenTheEventsAfterItRebuildAnEqualState() throws {
        let queue = try ScriptedDay.run()
        for cut in stride(from: 0, through: queue.events.count, by: 5) {
            var partial = QueueState(configuration: queue.site)
            for event in queue.events.prefix(cut) { partial.apply(event) }
            var resumed = QueueState(configuration: queue.site, snapshot: partial.snapshot)
            for event in queue.events.dropFirst(cut) { resumed.apply(event) }
            #expect(resumed == queue.state, "cut after event \(cut)")
        }
    }

    @Test func aRestoredStateBehavesTheSame() throws {
        var queue = try ScriptedDay.run()
        var restored = Queue()
        restored.state = QueueState(configuration: queue.site, snapshot: queue.state.snapshot)
        let commands: [QueueCommand] = [
            .takeTicket(service: "medical", language: "fr", urgent: false, idempotencyKey: "kiosk-1"),
            .takeTicket(service: "medical", language: "nl", urgent: true, idempotencyKey: nil),
            .callNext(desk: "medecin-1", language: nil), .callNext(desk: "medecin-2", language: nil),
            .callNext(desk: "medecin-1", language: nil),
        ]
        for (index, command) in commands.enumerated() {
            let time = at(12, index, on: Week.tuesday)
            let expected = try queue.run(command, at: time)
            #expect(try restored.run(command, at: time) == expected)
        }
        #expect(restored.state == queue.state)
    }
}
