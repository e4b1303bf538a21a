import SwiftProtobuf
import WireProtocol

/// Plays a `MassDayPlan` against a real server, minute by simulated minute, as fast as the
/// server answers (the server has no injectable clock, so the day's operations happen in their
/// order, all "now"); then fetches the day's report and compares it with `DayTally`.
struct MassDayRun {
    var seed: UInt64

    private struct Desk {
        var id: String
        var services: Set<String>
        var client: FrameClient
        /// The visit called here, its stage, and when that stage ends.
        var current: (visit: Int, ticket: String, endsAt: Int)?
    }

    func run(_ session: BenchSession) async throws -> BenchRow {
        let plan = MassDayPlan(seed: seed)
        let server = try session.server()
        try server.start()
        defer { server.stop() }
        let kiosk = try await session.connect(to: server, token: BenchTokens.kiosk, name: "kiosk-entrance")
        var desks: [Desk] = []
        for desk in server.site.desks {
            let client = try await session.connect(to: server, token: BenchTokens.desk, name: "desk-\(desk.id)")
            try Self.check(try await client.call(.openDesk, Requests.openDesk(desk.id)), "OpenDesk \(desk.id)")
            desks.append(Desk(id: desk.id, services: Set(desk.services), client: client))
        }
        session.progress("mass-day: \(plan.visits.count) visits by \(plan.people) people, seed \(seed)")

        var tally = DayTally()
        var latencies: [UInt64] = []
        var visitOfTicket: [String: Int] = [:]
        var stageOfVisit = [Int](repeating: 0, count: plan.visits.count)
        var waiting: [String: Int] = [:]
        var nextArrival = 0
        var minute = MassDayPlan.opening

        func call(_ client: FrameClient, _ method: WireProtocol.Method, _ message: some SwiftProtobuf.Message) async throws -> WireCommandReply {
            let result = try await client.call(method, message)
            try Self.check(result, method.name)
            latencies.append(result.nanoseconds)
            return try result.reply(WireCommandReply.self)
        }

        while nextArrival < plan.visits.count || desks.contains(where: { $0.current != nil }) || waiting.values.contains(where: { $0 > 0 }) {
            while nextArrival < plan.visits.count, plan.visits[nextArrival].arrival <= minute {
                let visit = plan.visits[nextArrival]
                let reply = try await call(kiosk, .takeTicket, Requests.takeTicket(service: visit.service, key: "visit-\(nextArrival)", language: visit.language))
                visitOfTicket[reply.ticket.number] = nextArrival
                tally.services[visit.service, default: .init()].tickets += 1
                waiting[visit.service, default: 0] += 1
                nextArrival += 1
            }
            for index in desks.indices {
                if let current = desks[index].current, current.endsAt <= minute {
                    let visit = plan.visits[current.visit]
                    let stage = visit.stages[stageOfVisit[current.visit]]
                    let service = Self.service(of: visit, atStage: stageOfVisit[current.visit])
                    switch stage {
                    case .consult:
                        _ = try await call(desks[index].client, .finish, Requests.finish(desk: desks[index].id))
                        tally.services[service, default: .init()].consultations += 1
                    case .transfer(_, let target, _):
                        _ = try await call(desks[index].client, .transfer, Requests.transfer(ticket: current.ticket, to: target))
                        tally.services[service, default: .init()].consultations += 1
                        tally.services[service, default: .init()].transfersOut += 1
                        tally.services[target, default: .init()].transfersIn += 1
                        waiting[target, default: 0] += 1
                    case .noShow:
                        _ = try await call(desks[index].client, .markNoShow, Requests.noShow(desk: desks[index].id))
                        tally.services[service, default: .init()].noShows += 1
                    }
                    stageOfVisit[current.visit] += 1
                    desks[index].current = nil
                }
                guard desks[index].current == nil, desks[index].services.contains(where: { waiting[$0, default: 0] > 0 }) else { continue }
                let reply = try await call(desks[index].client, .callNext, Requests.callNext(desk: desks[index].id))
                guard reply.hasTicket, let visitIndex = visitOfTicket[reply.ticket.number] else {
                    throw BenchError("mass-day: \(desks[index].id) was given no known ticket though \(waiting) wait")
                }
                waiting[reply.ticket.service, default: 0] -= 1
                let stage = plan.visits[visitIndex].stages[stageOfVisit[visitIndex]]
                let (length, recalls) = Self.timing(of: stage)
                for _ in 0..<recalls {
                    _ = try await call(desks[index].client, .recall, Requests.recall(desk: desks[index].id))
                    tally.recalls += 1
                }
                desks[index].current = (visitIndex, reply.ticket.number, minute + length)
            }
            minute += 1
        }

        let status = try await kiosk.reply(.getStatus, Requests.status(), as: WireQueueStatus.self)
        let admin = try await session.connect(to: server, token: BenchTokens.admin, name: "admin")
        let report = try await admin.reply(.getReport, Requests.report(day: status.day), as: WireReport.self)
        await BenchSession.close([kiosk, admin] + desks.map(\.client))
        let problems = tally.mismatches(with: report)

        var row = BenchRow(scenario: "mass-day", variant: "seed \(seed)", memory: server.memory)
        row.operations = latencies.count
        row.latency = LatencySummary(nanoseconds: latencies)
        row.values = [
            ("people", Double(plan.people)), ("tickets", Double(tally.totalTickets)),
            ("consultations", Double(tally.totalConsultations)), ("no_shows", Double(tally.totalNoShows)),
            ("transfers", Double(tally.totalTransfers)), ("recalls", Double(tally.recalls)),
            ("simulated_end", Double(minute)), ("mismatches", Double(problems.count)),
        ]
        row.note = problems.isEmpty ? "report matches (day \(status.day))" : problems.joined(separator: "; ")
        return row
    }

    /// The service a visit's ticket waits in at stage `index` (after the transfers before it).
    static func service(of visit: MassDayPlan.Visit, atStage index: Int) -> String {
        var service = visit.service
        for stage in visit.stages.prefix(index) {
            if case .transfer(_, let target, _) = stage { service = target }
        }
        return service
    }

    /// Minutes the desk is busy with a stage, and recalls before it.
    static func timing(of stage: MassDayPlan.Stage) -> (minutes: Int, recalls: Int) {
        switch stage {
        case .consult(let minutes, let recalls), .transfer(let minutes, _, let recalls): (minutes, recalls)
        case .noShow(let recalls): (3, recalls)
        }
    }

    static func check(_ result: CallResult, _ what: String) throws {
        guard result.isOK else { throw BenchError("mass-day: \(what) failed: \(result.status.code) \(result.status.message)") }
    }
}
