import WireProtocol

/// What the torture checks after each restart, against the log read so far.
struct TortureChecks {
    private(set) var losses = 0
    private(set) var lossExamples: [String] = []
    private(set) var violations: [String] = []
    private var previousLines: [String: [Int64]] = [:]

    mutating func check(_ session: BenchSession, server: ServerUnderTest, model: inout LogModel, acks: [WireTicket]) async throws {
        let admin = try await session.connect(to: server, token: BenchTokens.admin, name: "torture-check")
        let status = try await admin.reply(.getStatus, Requests.status(), as: WireQueueStatus.self)
        if status.lastSeq < model.lastSeq {
            violations.append("the log went back from seq \(model.lastSeq) to \(status.lastSeq)")
        }
        let violationsBefore = model.violations.count
        model.apply(try await EventLogReader.read(session, server: server, after: model.lastSeq, through: status.lastSeq))
        violations += model.violations[violationsBefore...]
        for ack in acks where !model.holds(ack) {
            losses += 1
            if lossExamples.count < 5 { lossExamples.append("acknowledged \(ack.number) (\(ack.state)) is not in the log") }
        }
        let waiting = try await admin.reply(.listWaiting, Requests.listWaiting(), as: WireWaitingList.self)
        await admin.close()
        if waiting.lastSeq == status.lastSeq {
            checkLines(waiting, model: model)
        }
        let deskHolders = status.desks.filter(\.hasCurrent).map { ($0.desk, $0.current.id) }
        if Set(deskHolders.map(\.1)).count != deskHolders.count { violations.append("one ticket at two desks: \(deskHolders)") }
        for (desk, id) in deskHolders where model.desks[desk] != id {
            violations.append("\(desk) holds ticket \(id), the log says \(model.desks[desk].map(String.init) ?? "nobody")")
        }
    }

    /// The server's waiting lines are the log's, in calling order, and keep the order of the
    /// previous restart for tickets in both.
    private mutating func checkLines(_ waiting: WireWaitingList, model: LogModel) {
        for line in waiting.lines {
            let ids = line.tickets.map(\.id)
            if ids != model.waiting(in: line.service) {
                violations.append("\(line.service): the server's waiting line differs from the log's (\(ids.count) vs \(model.waiting(in: line.service).count))")
            }
            if let previous = previousLines[line.service] {
                let now = Set(ids)
                let before = Set(previous)
                if ids.filter(before.contains) != previous.filter(now.contains) {
                    violations.append("\(line.service): waiting tickets changed order across a restart")
                }
            }
            previousLines[line.service] = ids
        }
    }
}
