import Testing
import QueueCore

/// The priority ratio holds at each desk across the services it serves, not only within each
/// service: priority tickets of one service do not starve the walk-ins of another.
@Suite struct DeskRatioTests {
    @Test func priorityOfOneServiceLeavesTurnsToWalkInsOfAnother() throws {
        // Ratio 2:1. medecin-2 serves medical and nursing: urgent tickets only in nursing,
        // walk-ins only in medical, so neither service's own ratio ever applies.
        var queue = Queue(Mass.site(ratio: PriorityRatio("2:1")!))
        for minute in 0..<3 { try queue.take("medical", at: at(14, minute)) }
        for minute in 10..<16 { try queue.take("nursing", urgent: true, at: at(14, minute)) }
        #expect(
            try OrderingTests.calls(&queue, "medecin-2", 9, from: at(15))
                == ["N-001", "N-002", "M-001", "N-003", "N-004", "M-002", "N-005", "N-006", "M-003"])
    }

    @Test func theDefaultRatioAtADeskAcrossServices() throws {
        // 1:2: one priority call, then two walk-ins, whichever services they wait in.
        var queue = Queue()
        try queue.take("medical", at: at(14, 0))
        try queue.take("nursing", at: at(14, 1))
        try queue.take("medical", at: at(14, 2))
        for minute in 10..<13 { try queue.take("nursing", urgent: true, at: at(14, minute)) }
        #expect(
            try OrderingTests.calls(&queue, "medecin-2", 6, from: at(15))
                == ["N-002", "M-001", "N-001", "N-003", "M-002", "N-004"])
    }

    @Test func eachDeskCountsItsOwnCalls() throws {
        // Ratio 2:1. The infirmerie's priority calls do not use up medecin-2's priority turns.
        var queue = Queue(Mass.site(ratio: PriorityRatio("2:1")!))
        try queue.take("medical", at: at(14, 0))
        for minute in 10..<14 { try queue.take("nursing", urgent: true, at: at(14, minute)) }
        #expect(try queue.call("infirmerie", at: at(15, 0))?.number == number("N-001"))
        #expect(try queue.call("infirmerie", at: at(15, 1))?.number == number("N-002"))
        // medecin-2 has made no call yet: priority first, twice, then the walk-in.
        #expect(try OrderingTests.calls(&queue, "medecin-2", 3, from: at(15, 2)) == ["N-003", "N-004", "M-001"])
    }

    @Test func withNoWalkInWaitingPriorityGoesOn() throws {
        var queue = Queue(Mass.site(ratio: PriorityRatio("2:1")!))
        for minute in 10..<14 { try queue.take("nursing", urgent: true, at: at(14, minute)) }
        #expect(try OrderingTests.calls(&queue, "medecin-2", 4, from: at(15)) == ["N-001", "N-002", "N-003", "N-004"])
    }

    @Test func theDeskCountSurvivesASnapshot() throws {
        var queue = Queue(Mass.site(ratio: PriorityRatio("2:1")!))
        try queue.take("medical", at: at(14, 0))
        for minute in 10..<13 { try queue.take("nursing", urgent: true, at: at(14, minute)) }
        #expect(try OrderingTests.calls(&queue, "medecin-2", 2, from: at(15)) == ["N-001", "N-002"])
        queue.state = QueueState(configuration: queue.site, snapshot: queue.state.snapshot)
        #expect(try queue.call("medecin-2", at: at(15, 10))?.number == number("M-001"))
    }
}
