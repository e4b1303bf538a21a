import QueueCore
import QueueMessages
import Testing

@Suite("Queue errors become a status code and an ErrorDetail")
struct ErrorMappingTests {
    static let code = AppointmentCode("482913") ?? AppointmentCode(entropy: 48_291)
    static let next = LocalDateTime(date: Scenario.day.adding(days: 1), time: TimeOfDay(hour: 8)!)

    /// One of every case.
    static let errors: [QueueError] = [
        .unknownService("dentist", valid: ["medical", "nursing"]),
        .unknownDesk("salle-9", valid: ["salle-1"]),
        .unknownTicket(TicketNumber(prefix: "M", number: 7)),
        .deskServesNothing("bureau"),
        .noCurrentTicket("salle-1"),
        .invalidTransition(TicketNumber(prefix: "M", number: 2), state: .done, action: "transferred"),
        .alreadyInService(TicketNumber(prefix: "N", number: 12), "nursing"),
        .closed(service: nil, nextOpening: next),
        .closed(service: "social", nextOpening: nil),
        .dailyCapReached("medical", cap: 40, nextOpening: next),
        .malformedAppointmentCode("48291"),
        .unknownAppointmentCode(code),
        .appointmentNotToday(code, day: Scenario.day),
        .appointmentCancelled(code),
        .appointmentAlreadyUsed(code),
        .invalidSlot("2026-11-22 is in the past"),
        .invalidArgument("idempotency key must be 1 to 64 bytes"),
        .noFreeAppointmentCode,
    ]

    @Test(arguments: errors)
    func errorRoundTripsThroughTheStatus(error: QueueError) throws {
        let status = WireCallStatus(error, timeZone: Scenario.zone)
        #expect(status.message == error.description)
        #expect(status.statusCode != .ok && status.statusCode != .unknown)
        let decoded = try WireCallStatus(decoding: try status.serializedBytes() as [UInt8])
        #expect(try QueueError(decoded.detail) == error)
    }

    @Test func statusCodesFollowTheSpec() {
        func code(_ error: QueueError) -> StatusCode { WireCallStatus(error, timeZone: .utc).statusCode }
        #expect(code(.unknownService("x", valid: [])) == .notFound)
        #expect(code(.closed(service: nil, nextOpening: nil)) == .failedPrecondition)
        #expect(code(.dailyCapReached("medical", cap: 1, nextOpening: nil)) == .resourceExhausted)
        #expect(code(.malformedAppointmentCode("1")) == .invalidArgument)
        #expect(WireErrorDetail.Reason.cannotResume.statusCode == .outOfRange)
        #expect(WireErrorDetail.Reason.badToken.statusCode == .unauthenticated)
    }

    @Test func nextOpeningCarriesLocalTimeAndInstant() {
        let detail = WireErrorDetail(.closed(service: nil, nextOpening: Self.next), timeZone: Scenario.zone)
        #expect(detail.nextOpening.local == "2026-11-24 08:00")
        #expect(detail.nextOpening.atMs == Scenario.at(8, 0, on: Scenario.day.adding(days: 1)).millisecondsSinceEpoch)
    }

    @Test func protocolReasonsAreNotQueueErrors() throws {
        #expect(try QueueError(.with { $0.reason = .shuttingDown }) == nil)
        #expect(try QueueError(.with { $0.reason = .UNRECOGNIZED(77) }) == nil)
        #expect(StatusCode(wireValue: 99) == .unknown)
        #expect(StatusCode(wireValue: 16) == .unauthenticated)
    }

    @Test func malformedDetailThrows() {
        #expect(throws: MessageError.malformed(field: "ticket", value: "??", expected: "a ticket number like M-007")) {
            try QueueError(.with {
                $0.reason = .unknownTicket
                $0.ticket = "??"
            })
        }
    }

    @Test func messageErrorBecomesInvalidArgument() {
        let status = WireCallStatus(MessageError.missing(field: "service"))
        #expect(status.statusCode == .invalidArgument)
        #expect(status.detail.reason == .malformedRequest)
        #expect(status.detail.field == "service")
    }
}
