/// Prints rows as an aligned text table, one line per row, then the extra figures and notes.
enum ResultTable {
    static let headers = ["scenario", "variant", "ops", "ops/s", "x base", "p50 ms", "p90 ms", "p99 ms", "max ms", "RSS MiB", "HWM MiB"]

    static func render(_ rows: [BenchRow], targets: [TargetCheck] = []) -> String {
        let cells = rows.map(cells)
        var widths = headers.map(\.count)
        for line in cells {
            for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func format(_ line: [String]) -> String {
            line.enumerated().map { index, cell in NumberFormat.pad(cell, widths[index], right: index >= 2) }
                .joined(separator: "  ")
        }
        var out = [format(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += cells.map(format)
        let extras = rows.filter { !$0.values.isEmpty || $0.note != nil }
        if !extras.isEmpty { out.append("") }
        for row in extras {
            var parts = row.values.map { "\($0.name) = \(NumberFormat.fixed($0.value, $0.value == $0.value.rounded() ? 0 : 3))" }
            if let note = row.note { parts.append(note) }
            out.append("\(row.scenario) \(row.variant): " + parts.joined(separator: "; "))
        }
        if !targets.isEmpty {
            out.append("")
            out += targets.map { "\($0.met ? "met    " : "NOT MET") \($0.target): \($0.measured)" }
        }
        return out.joined(separator: "\n")
    }

    private static func cells(_ row: BenchRow) -> [String] {
        [
            row.scenario, row.variant,
            row.operations.map(String.init) ?? "",
            row.perSecond.map { NumberFormat.fixed($0, 0) } ?? "",
            row.ratioToBaseline.map { NumberFormat.fixed($0, 2) } ?? "",
            row.latency.map { NumberFormat.ms($0.p50) } ?? "",
            row.latency.map { NumberFormat.ms($0.p90) } ?? "",
            row.latency.map { NumberFormat.ms($0.p99) } ?? "",
            row.latency.map { NumberFormat.ms($0.max) } ?? "",
            row.memory.map { NumberFormat.fixed($0.residentMiB, 1) } ?? "",
            row.memory.map { NumberFormat.fixed($0.peakMiB, 1) } ?? "",
        ]
    }
}
