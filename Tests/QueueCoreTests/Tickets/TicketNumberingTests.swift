import Testing
import QueueCore

/// Tickets are anonymous and numbered per prefix per site-local day, never reusing a number.
@Suite struct TicketNumberingTests {
    @Test func aTicketHasNoPlaceForAName() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", at: at(14))
        let fields = Mirror(reflecting: ticket).children.compactMap(\.label)
        #expect(!fields.isEmpty)
        #expect(fields.allSatisfy { !$0.lowercased().contains("name") && !$0.lowercased().contains("birth") })
    }

    @Test func numbersCountPerPrefix() throws {
        var queue = Queue()
        let services: [ServiceID] = ["medical", "medical", "nursing", "medical", "social", "nursing"]
        var minute = 0
        let numbers = try services.map { service throws(QueueError) in
            minute += 1
            return try queue.take(service, at: at(14, minute)).number.description
        }
        #expect(numbers == ["M-001", "M-002", "N-001", "M-003", "S-001", "N-002"])
    }

    @Test func numbersRestartEachSiteLocalDay() throws {
        var queue = Queue()
        try queue.take("medical", at: at(14, on: Week.monday))
        try queue.take("medical", at: at(14, 1, on: Week.monday))
        let tuesday = try queue.take("medical", at: at(12, on: Week.tuesday))
        #expect(tuesday.number == number("M-001"))
        #expect(tuesday.day == Week.tuesday)
        // Saturday follows a closed Sunday: Monday starts again at 1 too.
        try queue.take("medical", at: at(11, on: Week.saturday))
        #expect(try queue.take("medical", at: at(10, on: Week.monday.adding(days: 7))).number == number("M-001"))
    }

    @Test func cancelledAndTransferredNumbersAreNotReused() throws {
        var queue = Queue()
        let first = try queue.take("medical", at: at(14, 0))
        let second = try queue.take("medical", at: at(14, 1))
        try queue.run(.cancel(second.number), at: at(14, 2))
        try queue.run(.transfer(first.number, to: "nursing"), at: at(14, 3))
        #expect(try queue.take("medical", at: at(14, 4)).number == number("M-003"))
        // The transferred M-001 keeps its number in nursing; nursing's own numbering is untouched.
        #expect(try queue.take("nursing", at: at(14, 5)).number == number("N-001"))
        #expect(queue.ticket(number("M-001"))?.service == "nursing")
    }

    @Test func aRestoredQueueContinuesTheNumbering() throws {
        var queue = Queue()
        try queue.take("medical", at: at(14, 0))
        let last = try queue.take("medical", at: at(14, 1))
        try queue.run(.cancel(last.number), at: at(14, 2))
        var restored = Queue()
        restored.state = QueueState(configuration: queue.site, snapshot: queue.state.snapshot)
        #expect(try restored.take("medical", at: at(14, 3)).number == number("M-003"))
    }

    @Test func numbersPrintWithAtLeastThreeDigits() {
        #expect(TicketNumber(prefix: "M", number: 7).description == "M-007")
        #expect(TicketNumber(prefix: "S", number: 42).description == "S-042")
        #expect(TicketNumber(prefix: "M", number: 1234).description == "M-1234")
    }

    @Test(arguments: ["M-007", "m7", "M 7", "M007", " m-07 ", "M-0007"])
    func staffMayTypeNumbersLoosely(text: String) {
        #expect(TicketNumber(text) == TicketNumber(prefix: "M", number: 7))
    }

    @Test(arguments: ["", "7", "M", "M-0", "M-", "M-abc", "M-1234567", "7-M", "É-1", "M--1x"])
    func nonsenseIsNotANumber(text: String) {
        #expect(TicketNumber(text) == nil)
    }
}
