import Testing

@testable import queue_bench

@Suite struct CoreScenarioTests {
    @Test func eachLevelGivesATakeRowAndACallRow() throws {
        let rows = try CoreScenario(waiting: [10, 50], samples: 20).run(progress: { _ in })
        #expect(rows.map(\.variant) == ["take, 10 waiting", "call next, 10 waiting", "take, 50 waiting", "call next, 50 waiting"])
        #expect(rows.allSatisfy { $0.operations == 20 && $0.latency?.count == 20 })
    }
}
