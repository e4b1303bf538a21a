import QueueCore

extension WireCommandReply {
    public init(_ reply: CommandReply) {
        self.init()
        if let ticket = reply.ticket { self.ticket = WireTicket(ticket) }
        if let finished = reply.finished { self.finished = WireTicket(finished) }
        if let appointment = reply.appointment { self.appointment = WireAppointment(appointment) }
        if let estimate = reply.estimate { self.estimate = WireWaitEstimate(estimate) }
    }
}

extension CommandReply {
    public init(_ message: WireCommandReply) throws {
        self.init(
            ticket: message.hasTicket ? try nested("ticket") { try Ticket(message.ticket) } : nil,
            finished: message.hasFinished ? try nested("finished") { try Ticket(message.finished) } : nil,
            appointment: message.hasAppointment
                ? try nested("appointment") { try Appointment(message.appointment) } : nil,
            estimate: message.hasEstimate ? WaitEstimate(message.estimate) : nil)
    }
}
