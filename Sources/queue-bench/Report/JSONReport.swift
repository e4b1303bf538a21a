/// The rows and target checks as JSON (`--json`), written by hand: one object per row, numbers
/// in their natural units (milliseconds, operations per second, KiB).
enum JSONReport {
    static func render(_ rows: [BenchRow], targets: [TargetCheck]) -> String {
        let rowObjects = rows.map { row -> String in
            var fields = [("scenario", string(row.scenario)), ("variant", string(row.variant))]
            if let operations = row.operations { fields.append(("operations", "\(operations)")) }
            if let perSecond = row.perSecond { fields.append(("ops_per_second", number(perSecond))) }
            if let ratio = row.ratioToBaseline { fields.append(("ratio_to_baseline", number(ratio))) }
            if let latency = row.latency {
                fields += [
                    ("p50_ms", number(latency.p50.milliseconds)), ("p90_ms", number(latency.p90.milliseconds)),
                    ("p99_ms", number(latency.p99.milliseconds)), ("max_ms", number(latency.max.milliseconds)),
                    ("mean_ms", number(latency.mean.milliseconds)), ("samples", "\(latency.count)"),
                ]
            }
            if let memory = row.memory {
                fields += [("rss_kib", "\(memory.residentKiB)"), ("hwm_kib", "\(memory.peakKiB)")]
            }
            fields += row.values.map { ($0.name, number($0.value)) }
            if let note = row.note { fields.append(("note", string(note))) }
            return object(fields)
        }
        let targetObjects = targets.map {
            object([("target", string($0.target)), ("measured", string($0.measured)), ("met", $0.met ? "true" : "false")])
        }
        return "{\"rows\": [\n  " + rowObjects.joined(separator: ",\n  ") + "\n], \"targets\": [\n  "
            + targetObjects.joined(separator: ",\n  ") + "\n]}"
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func number(_ value: Double) -> String {
        value.isFinite ? NumberFormat.fixed(value, 4) : "null"
    }

    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
