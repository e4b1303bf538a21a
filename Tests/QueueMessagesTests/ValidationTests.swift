import QueueCore
import QueueMessages
import Testing

@Suite("Decoding validates instead of trapping")
struct ValidationTests {
    static let ticket = WireTicket(
        Ticket(
            id: TicketID(5), number: TicketNumber(prefix: "M", number: 7), day: Scenario.day, service: "medical",
            language: "fr", arrivedAt: Scenario.at(9, 0)))

    @Test func malformedTicketFieldsAreNamed() {
        func expectError(_ error: MessageError, _ change: (inout WireTicket) -> Void) {
            var message = Self.ticket
            change(&message)
            #expect(throws: error) { try Ticket(message) }
        }
        expectError(.malformed(field: "number", value: "M-0", expected: "a ticket number like M-007")) { $0.number = "M-0" }
        expectError(.malformed(field: "day", value: "2026-02-30", expected: "a date YYYY-MM-DD")) { $0.day = "2026-02-30" }
        expectError(.malformed(field: "day", value: "2026-1-5", expected: "a date YYYY-MM-DD")) { $0.day = "2026-1-5" }
        expectError(.malformed(field: "language", value: "f", expected: "a language code like fr or pt-br")) {
            $0.language = "f"
        }
        expectError(.malformed(field: "id", value: "0", expected: "a ticket id >= 1")) { $0.id = 0 }
        expectError(.missing(field: "state")) { $0.state = .unspecified }
        expectError(.unknownCase(field: "state")) { $0.state = .UNRECOGNIZED(9) }
        expectError(.missing(field: "desk")) { $0.state = .called }
        expectError(.missing(field: "cancel_reason")) { $0.state = .cancelled }
        expectError(.malformed(field: "appointment.code", value: "482914", expected: "an appointment code (six digits)")) {
            $0.appointment = .with { $0.code = "482914" }
        }
    }

    @Test func unknownServiceNamesAreFine() throws {
        var message = Self.ticket
        message.service = "dentist"
        #expect(try Ticket(message).service == "dentist")
    }

    @Test func garbageBytesDoNotDecode() {
        #expect(throws: MessageError.self) { try WireTicket(decoding: [0xff, 0xff, 0xff]) }
        // A length-delimited field running past the end.
        #expect(throws: MessageError.self) { try WireQueueEvent(decoding: [0x5a, 0x10, 0x01]) }
    }

    @Test func eventsNeedAKnownKind() throws {
        #expect(throws: MessageError.missing(field: "kind")) { try QueueEvent(WireQueueEvent.with { $0.seq = 1 }) }
        // Field 99 (varint 1): what a newer server's event kind looks like to this version.
        let future = try WireQueueEvent(decoding: [0x08, 0x01, 0x98, 0x06, 0x01])
        #expect(throws: MessageError.unknownCase(field: "kind")) { try QueueEvent(future) }
        #expect(throws: MessageError.malformed(field: "seq", value: "0", expected: "a sequence number >= 1")) {
            try QueueEvent(WireQueueEvent.with { $0.deskOpened = .with { $0.desk = "salle-1" } })
        }
    }

    @Test func nestedErrorsGiveTheFullPath() {
        var ticket = Self.ticket
        ticket.language = "??"
        let event = WireQueueEvent.with {
            $0.seq = 3
            $0.ticketCalled = ticket
        }
        #expect(throws: MessageError.malformed(field: "ticket_called.language", value: "??", expected: "a language code like fr or pt-br")) {
            try QueueEvent(event)
        }
    }

    @Test func snapshotWithDuplicateTicketsIsRefused() throws {
        var snapshot = StoredSnapshot(QueueState(configuration: Scenario.site).snapshot)
        snapshot.tickets = [Self.ticket, Self.ticket]
        #expect(throws: MessageError.malformed(field: "tickets", value: "2 tickets", expected: "unique ids")) {
            try QueueState.Snapshot(snapshot)
        }
    }

    @Test func histogramsAndFiguresAreChecked() {
        #expect(throws: MessageError.self) {
            try MinuteHistogram(.with {
                $0.minutes = [3, 2]
                $0.counts = [1, 1]
            })
        }
        #expect(throws: MessageError.self) {
            try MinuteHistogram(.with {
                $0.minutes = [721]
                $0.counts = [1]
            })
        }
        #expect(throws: MessageError.malformed(field: "figures.arrivals_by_hour", value: "3 entries", expected: "24 entries")) {
            try DayFigures(StoredDayFigures.with {
                $0.date = "2026-11-23"
                $0.figures.arrivalsByHour = [1, 2, 3]
            })
        }
    }

    @Test func siteInfoChecksPrefixesAndWeekdays() {
        var info = WireSiteInfo(Scenario.site, at: Scenario.at(9, 0))
        info.services[0].prefix = "MM"
        #expect(throws: MessageError.malformed(field: "services[0].prefix", value: "MM", expected: "one uppercase letter A-Z")) {
            try SiteConfiguration(info)
        }
        info = WireSiteInfo(Scenario.site, at: Scenario.at(9, 0))
        info.hours.days[0].weekday = 8
        #expect(throws: MessageError.malformed(field: "hours.days[0].weekday", value: "8", expected: "a weekday 1-7 listed once")) {
            try SiteConfiguration(info)
        }
    }
}
