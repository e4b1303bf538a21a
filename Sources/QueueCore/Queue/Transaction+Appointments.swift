extension Transaction {
    static let maxBookingDaysAhead = 366

    mutating func bookAppointment(
        service id: ServiceID, day: LocalDate, window: TimeWindow, entropy: UInt64
    ) throws(QueueError) -> CommandReply {
        let service = try service(id)
        rollOverIfNeeded()
        let local = localNow
        guard day >= local.date else { throw .invalidSlot("\(day) is in the past") }
        guard day.daysSinceEpoch - local.date.daysSinceEpoch <= Self.maxBookingDaysAhead else {
            throw .invalidSlot("\(day) is more than a year ahead")
        }
        if day == local.date, window.end <= local.time {
            throw .invalidSlot("\(window) is already over today")
        }
        let open = configuration.hours.windows(on: day, narrowedTo: service.hours)
        guard open.contains(where: { $0.overlaps(window) }) else {
            let hours = open.isEmpty ? "closed that day" : "open " + open.map(\.description).joined(separator: ", ")
            throw .invalidSlot("service '\(id)' is \(hours) on \(day.weekday) \(day)")
        }
        // The caller's randomness picks the code; on a clash, the next free one.
        var seed = entropy % 100_000
        var code = AppointmentCode(entropy: seed)
        var tries = 0
        while state.appointments[code] != nil {
            tries += 1
            guard tries < 100_000 else { throw .noFreeAppointmentCode }
            seed = (seed + 1) % 100_000
            code = AppointmentCode(entropy: seed)
        }
        let appointment = Appointment(code: code, service: id, day: day, window: window)
        emit(.appointmentBooked(appointment))
        return CommandReply(appointment: appointment)
    }
}
