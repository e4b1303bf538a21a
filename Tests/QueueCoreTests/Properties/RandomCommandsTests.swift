import Testing
import QueueCore

/// Thousands of random commands over several simulated days, with the invariants checked after
/// every step against the independent `ReferenceModel`.
@Suite struct RandomCommandsTests {
    struct Run: CustomTestStringConvertible, Sendable {
        let seed: UInt64
        let start: LocalDate
        let ratio: PriorityRatio
        let steps: Int
        var testDescription: String { "seed \(seed) from \(start), ratio \(ratio)" }
    }

    static let runs = [
        // Across the spring clock change (29 March 2026).
        Run(seed: 1, start: LocalDate("2026-03-23")!, ratio: .default, steps: 2500),
        // Across the autumn clock change (25 October 2026).
        Run(seed: 0xDEAD_BEEF, start: LocalDate("2026-10-19")!, ratio: PriorityRatio(priority: 2, walkIn: 1)!, steps: 2500),
        // Christmas and the new year.
        Run(seed: 2026, start: LocalDate("2026-12-21")!, ratio: PriorityRatio(priority: 1, walkIn: 3)!, steps: 2500),
        Run(seed: 424_242, start: LocalDate("2026-11-23")!, ratio: PriorityRatio(priority: 3, walkIn: 2)!, steps: 2500),
    ]

    @Test(arguments: runs)
    func invariantsHoldAfterEveryStep(run: Run) {
        let site = Mass.site(ratio: run.ratio)
        var driver = PropertyDriver(seed: run.seed, site: site, start: at(9, 30, on: run.start))
        for step in 0..<run.steps {
            let problems = driver.step()
            if !problems.isEmpty {
                let report = "step \(step), \(driver.lastCommand) at \(driver.localNow):\n" + problems.joined(separator: "\n")
                Issue.record(Comment(rawValue: report))
                return
            }
        }
        let full = driver.replayFromScratch()
        #expect(full == driver.state, "replaying all \(driver.log.count) events gives the same state")
        // The run did exercise the rules.
        let kinds = Set(driver.log.map(\.kind.name))
        #expect(kinds.count == 14, "event kinds seen: \(kinds.sorted())")
        #expect(driver.days.count >= 15)
        #expect(driver.log.count(where: { if case .ticketCalled = $0.kind { true } else { false } }) >= 100)
        #expect(driver.refusals > run.steps / 10)
    }
}
