import Testing
import WireProtocol

@testable import queue_bench

@Suite struct MassDayPlanTests {
    @Test func theSameSeedGivesTheSameDay() {
        #expect(MassDayPlan(seed: 1999).visits == MassDayPlan(seed: 1999).visits)
        #expect(MassDayPlan(seed: 1999).visits != MassDayPlan(seed: 2000).visits)
    }

    @Test func aDayLooksLikeTheMASS() {
        let plan = MassDayPlan(seed: 1999)
        #expect(plan.people == 48)
        #expect((60...90).contains(plan.plannedConsultations), "\(plan.plannedConsultations) consultations")
        #expect(plan.visits.allSatisfy { (MassDayPlan.opening...MassDayPlan.lastArrival).contains($0.arrival) })
        #expect(plan.visits.map(\.arrival) == plan.visits.map(\.arrival).sorted())
        #expect(Set(plan.visits.map(\.service)) == Set(MassDayPlan.services))
        let stages = plan.visits.flatMap(\.stages)
        #expect(stages.contains { if case .transfer = $0 { true } else { false } })
        #expect(stages.contains { if case .noShow = $0 { true } else { false } })
        #expect(stages.contains { MassDayRun.timing(of: $0).recalls > 0 })
    }

    @Test func everyVisitEndsInAConsultationOrANoShow() {
        for visit in MassDayPlan(seed: 5).visits {
            let last = visit.stages.last!
            if case .transfer = last { Issue.record("visit ends in a transfer") }
            for stage in visit.stages.dropLast() {
                guard case .transfer(_, let target, _) = stage else { Issue.record("only transfers come before the end"); continue }
                #expect(target != visit.service)
            }
        }
    }

    @Test func transfersMoveTheServiceForLaterStages() {
        let visit = MassDayPlan.Visit(
            person: 0, arrival: 600, service: "medical", language: "fr",
            stages: [.transfer(minutes: 5, to: "social", recalls: 0), .consult(minutes: 5, recalls: 0)])
        #expect(MassDayRun.service(of: visit, atStage: 0) == "medical")
        #expect(MassDayRun.service(of: visit, atStage: 1) == "social")
    }

    @Test func tallyComparesWithTheReport() {
        var tally = DayTally()
        tally.services["medical"] = .init(tickets: 3, consultations: 3, noShows: 1, transfersOut: 1, transfersIn: 0)
        tally.services["social"] = .init(tickets: 1, consultations: 2, noShows: 0, transfersOut: 0, transfersIn: 1)
        var report = WireReport()
        var medical = WireServiceFigures()
        medical.service = "medical"
        medical.tickets = 3
        medical.consultations = 3
        medical.noShows = 1
        medical.transfersOut = 1
        var social = WireServiceFigures()
        social.service = "social"
        social.tickets = 1
        social.consultations = 2
        social.transfersIn = 1
        report.figures.services = [medical, social]
        report.figures.arrivalsByHour = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]
        #expect(tally.mismatches(with: report).isEmpty)
        report.figures.services[1].consultations = 1
        report.figures.arrivalsByHour = [3]
        let problems = tally.mismatches(with: report)
        #expect(problems == ["social consultations: did 2, report says 1", "arrivals by hour add up to 3, 4 tickets were taken"])
    }
}
