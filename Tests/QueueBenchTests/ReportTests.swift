import Testing

@testable import queue_bench

@Suite struct ReportTests {
    func take(_ variant: String, perSecond: Double, ratio: Double, p50: UInt64) -> BenchRow {
        var row = BenchRow(scenario: "take", variant: variant)
        row.operations = 100
        row.perSecond = perSecond
        row.ratioToBaseline = ratio
        row.latency = LatencySummary(nanoseconds: [p50, p50, p50 * 2])
        return row
    }

    @Test func targetsReadTheRows() {
        let rows = [take("1 client", perSecond: 900, ratio: 0.9, p50: 400_000), take("32 clients", perSecond: 2000, ratio: 2.0, p50: 9_000_000)]
        let checks = Targets.check(rows)
        #expect(checks.count == 2)
        #expect(checks.allSatisfy { $0.met })
        let slow = Targets.check([take("1 client", perSecond: 100, ratio: 0.1, p50: 2_000_000)])
        #expect(slow.count == 1 && slow[0].met == false)
    }

    /// Warm and cold starts are each checked against 200 ms, with the first start on the year.
    @Test func startsAreCheckedWarmAndCold() {
        func start(_ variant: String, milliseconds: UInt64) -> BenchRow {
            var row = BenchRow(scenario: "startup", variant: variant)
            row.latency = LatencySummary(nanoseconds: [milliseconds * 1_000_000])
            row.values = [("tickets", 30_060)]
            return row
        }
        let checks = Targets.check([
            start("first start", milliseconds: 14), start("after stop", milliseconds: 12),
            start("first start, cold", milliseconds: 250), start("after stop, cold", milliseconds: 45),
        ])
        #expect(checks.map(\.met) == [true, false])
        #expect(checks.map(\.measured) == ["14.000 ms (max of 2 clean starts)", "250.000 ms (max of 2 clean starts)"])
        #expect(checks[1].target.hasSuffix(", cold page cache"))
    }

    @Test func tableHasOneLinePerRowAndTheTargets() {
        var row = take("1 client", perSecond: 1234.4, ratio: 1.5, p50: 500_000)
        row.memory = ProcessMemory(status: "VmHWM:\t  20480 kB\nVmRSS:\t  10240 kB\n")
        row.values = [("losses", 0)]
        let table = ResultTable.render([row], targets: Targets.check([row]))
        let lines = table.split(separator: "\n")
        #expect(lines[0].hasPrefix("scenario"))
        #expect(lines[2].contains("1234") && lines[2].contains("10.0") && lines[2].contains("20.0") && lines[2].contains("0.500"))
        #expect(table.contains("take 1 client: losses = 0"))
        #expect(table.contains("met     take-ticket, 1 client p50 < 1 ms"))
    }

    @Test func jsonEscapesAndCarriesEveryField() {
        var row = BenchRow(scenario: "mass-day", variant: "seed \"1\"")
        row.note = "line\nbreak\t\u{1}"
        row.values = [("mismatches", 0)]
        let json = JSONReport.render([row], targets: [])
        #expect(json.contains(#""variant": "seed \"1\"""#))
        #expect(json.contains(#""note": "line\nbreak\t\u0001""#))
        #expect(json.contains(#""mismatches": 0.0000"#))
        #expect(json.hasPrefix("{\"rows\": [") && json.hasSuffix("]}"))
    }

    @Test func procStatusParsing() throws {
        let text = "Name:\tqueue-server\nVmPeak:\t  300000 kB\nVmHWM:\t    9000 kB\nVmRSS:\t    8000 kB\nvoluntary_ctxt_switches:\t12\nnonvoluntary_ctxt_switches:\t3\n"
        let memory = try #require(ProcessMemory(status: text))
        #expect(memory.residentKiB == 8000 && memory.peakKiB == 9000)
        #expect(ProcessMemory(status: "Name: x\n") == nil)
        #expect(ContextSwitches.count(in: text) == 15)
    }

    @Test func ownProcessHasMemoryAndThreads() throws {
        let pid = getpidForTest()
        let memory = try #require(ProcessMemory(pid: pid))
        #expect(memory.residentKiB > 0 && memory.peakKiB >= memory.residentKiB)
        #expect((ContextSwitches.total(pid: pid) ?? 0) > 0)
    }
}

import Glibc
func getpidForTest() -> Int32 { getpid() }
