import Testing
import QueueCore

/// Booking a slot, checking in with its code, and every way a code can be wrong.
@Suite struct AppointmentTests {
    @Test func bookingGivesACodeForTheSlot() throws {
        var queue = Queue()
        let reply = try queue.run(
            .bookAppointment(service: "social", day: Week.wednesday, window: Mass.window("15:00-15:30"), entropy: 48_291),
            at: at(11))
        let appointment = try #require(reply.appointment)
        #expect(appointment.code == AppointmentCode(entropy: 48_291))
        #expect(appointment.service == "social")
        #expect(appointment.day == Week.wednesday)
        #expect(appointment.window == Mass.window("15:00-15:30"))
        #expect(appointment.state == .booked)
        #expect(queue.state.appointments[appointment.code] == appointment)
        #expect(queue.kinds() == ["dayStarted", "booked"])
    }

    @Test func aClashingCodeMovesToTheNextFreeOne() throws {
        var queue = Queue()
        let first = try queue.book("medical", on: Week.tuesday, "12:00-12:30", entropy: 99_999, at: at(11))
        let second = try queue.book("medical", on: Week.tuesday, "12:00-12:30", entropy: 99_999, at: at(11))
        #expect(first == AppointmentCode(entropy: 99_999))
        #expect(second == AppointmentCode(entropy: 0))
    }

    @Test func slotsOutsideTheServicesHoursOrInThePastAreRefused() {
        var queue = Queue()
        func book(_ service: ServiceID, _ day: LocalDate, _ window: String) -> QueueError? {
            queue.refuse(.bookAppointment(service: service, day: day, window: Mass.window(window), entropy: 1), at: at(14))
        }
        #expect(book("medical", Week.monday.adding(days: -1), "12:00-12:30") == .invalidSlot("2026-11-22 is in the past"))
        #expect(book("medical", Week.monday.adding(days: 367), "12:00-12:30") == .invalidSlot("2027-11-25 is more than a year ahead"))
        #expect(book("medical", Week.monday, "10:00-12:00") == .invalidSlot("10:00-12:00 is already over today"))
        #expect(book("medical", Week.sunday, "12:00-12:30") == .invalidSlot("service 'medical' is closed that day on sun 2026-11-29"))
        #expect(book("social", Week.tuesday, "15:00-15:30") == .invalidSlot("service 'social' is closed that day on tue 2026-11-24"))
        #expect(book("medical", Week.tuesday, "08:00-09:00") == .invalidSlot("service 'medical' is open 11:00-19:00 on tue 2026-11-24"))
        #expect(book("psy", Mass.christmas, "12:00-12:30") == .invalidSlot("service 'psy' is closed that day on fri 2026-12-25"))
    }

    @Test func checkingInIssuesATicketOfTheSlotsService() throws {
        var queue = Queue()
        let code = try queue.book("social", on: Week.monday, "16:00-16:30", at: at(11))
        let reply = try queue.run(.checkIn(code: code.description, language: "ro"), at: at(15, 50))
        let ticket = try #require(reply.ticket)
        #expect(ticket.service == "social")
        #expect(ticket.number == number("S-001"))
        #expect(ticket.language == "ro")
        #expect(ticket.appointment == AppointmentSlot(code: code, start: at(16), end: at(16, 30)))
        #expect(!ticket.isPriority(at: at(15, 59)))
        #expect(ticket.isPriority(at: at(16)))
        #expect(reply.appointment?.state == .checkedIn(ticket.id))
        #expect(queue.state.appointments[code]?.state == .checkedIn(ticket.id))
    }

    @Test func checkingInAgainGivesTheSameTicketAndNoOther() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "16:00-16:30", at: at(11))
        let first = try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(15, 50)).ticket
        let seq = queue.state.lastSeq
        let again = try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(15, 51)).ticket
        #expect(again == first)
        #expect(queue.state.lastSeq == seq)
        #expect(queue.state.waitingCount(in: "medical") == 1)
    }

    @Test func aCodeWorksOnceOnlyOnItsDay() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.tuesday, "12:00-12:30", at: at(14))
        #expect(queue.refuse(.checkIn(code: code.digits, language: "fr"), at: at(15)) == .appointmentNotToday(code, day: Week.tuesday))
        try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(11, 50, on: Week.tuesday))
        // Wednesday: Tuesday's code was for Tuesday.
        #expect(
            queue.refuse(.checkIn(code: code.digits, language: "fr"), at: at(11, on: Week.wednesday))
                == .appointmentNotToday(code, day: Week.tuesday))
    }

    @Test func yesterdaysCodeIsNotForToday() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "16:00-16:30", at: at(11))
        // Never checked in on Monday; the person comes on Tuesday.
        let error = queue.refuse(.checkIn(code: code.description, language: "fr"), at: at(12, on: Week.tuesday))
        #expect(error == .appointmentNotToday(code, day: Week.monday))
        #expect(error?.description == "appointment \(code) is for Monday 2026-11-23, not today")
        // Nothing was issued, and the code still cannot be booked over for a week.
        #expect(queue.state.tickets.isEmpty)
        #expect(queue.state.appointments[code]?.state == .booked)
    }

    @Test func pastCodesAreKeptForAWeek() throws {
        var queue = Queue(Mass.alwaysOpen)
        let code = try queue.book("medical", on: Week.monday, "16:00-16:30", at: at(11))
        let check = QueueCommand.checkIn(code: code.digits, language: "fr")
        try queue.run(.rollOver, at: at(12, on: Week.monday.adding(days: 7)))
        #expect(queue.refuse(check, at: at(12, on: Week.monday.adding(days: 7))) == .appointmentNotToday(code, day: Week.monday))
        try queue.run(.rollOver, at: at(12, on: Week.monday.adding(days: 8)))
        #expect(queue.refuse(check, at: at(12, on: Week.monday.adding(days: 8))) == .unknownAppointmentCode(code))
        #expect(queue.state.appointments.isEmpty)
    }

    @Test func aFutureCodeSaysItsDay() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.friday, "12:00-12:30", at: at(11))
        let error = queue.refuse(.checkIn(code: code.digits, language: "fr"), at: at(12))
        #expect(error?.description == "appointment \(code) is for Friday 2026-11-27, not today")
    }

    @Test func aCodeIsUsedUpOnceItsTicketIsOver() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "15:00-15:30", at: at(11))
        try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(14, 55))
        try queue.call("medecin-1", at: at(15))
        try queue.run(.finish(desk: "medecin-1"), at: at(15, 20))
        #expect(queue.refuse(.checkIn(code: code.digits, language: "fr"), at: at(16)) == .appointmentAlreadyUsed(code))
    }

    @Test(arguments: ["", "12345", "abcdef", "1234567", "482-91"])
    func aMalformedCodeIsRefused(text: String) {
        var queue = Queue()
        #expect(queue.refuse(.checkIn(code: text, language: "fr"), at: at(14)) == .malformedAppointmentCode(text))
        #expect(queue.refuse(.cancelAppointment(code: text), at: at(14)) == .malformedAppointmentCode(text))
    }

    @Test func aTypoIsMalformedNotUnknown() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "16:00-16:30", at: at(11))
        var digits = Array(code.digits)
        digits[2] = digits[2] == "9" ? "0" : "9"
        #expect(queue.refuse(.checkIn(code: String(digits), language: "fr"), at: at(15)) == .malformedAppointmentCode(String(digits)))
    }

    @Test func anUnknownCodeIsRefused() {
        var queue = Queue()
        let code = AppointmentCode(entropy: 31_415)
        #expect(queue.refuse(.checkIn(code: code.digits, language: "fr"), at: at(14)) == .unknownAppointmentCode(code))
        #expect(queue.refuse(.cancelAppointment(code: code.digits), at: at(14)) == .unknownAppointmentCode(code))
    }

    @Test func aCancelledCodeIsRefusedAndCancellingTwiceIsHarmless() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "16:00-16:30", at: at(11))
        let cancelled = try queue.run(.cancelAppointment(code: code.description), at: at(12)).appointment
        #expect(cancelled?.state == .cancelled)
        let seq = queue.state.lastSeq
        #expect(try queue.run(.cancelAppointment(code: code.digits), at: at(12, 1)).appointment?.state == .cancelled)
        #expect(queue.state.lastSeq == seq)
        #expect(queue.refuse(.checkIn(code: code.digits, language: "fr"), at: at(15)) == .appointmentCancelled(code))
    }

    @Test func aCheckedInAppointmentCannotBeCancelled() throws {
        var queue = Queue()
        let code = try queue.book("medical", on: Week.monday, "16:00-16:30", at: at(11))
        try queue.run(.checkIn(code: code.digits, language: "fr"), at: at(15))
        #expect(queue.refuse(.cancelAppointment(code: code.digits), at: at(15, 1)) == .appointmentAlreadyUsed(code))
    }
}
