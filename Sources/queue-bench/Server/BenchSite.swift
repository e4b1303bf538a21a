/// The site the bench runs against: open all day every day (so a run works at any hour), three
/// services like the MASS, a few desks, and the server settings of the run. `toml` writes it
/// in the format of deploy/sites/*.toml.
struct BenchSite: Sendable, Hashable {
    struct Desk: Sendable, Hashable {
        var id: String
        var services: [String]
    }

    var name = "queue-bench"
    var timeZone = "UTC"
    var services: [(id: String, prefix: String)] = BenchSite.massServices
    var desks: [Desk] = BenchSite.massDesks
    var listen: [String]
    var database: String
    var tokensFile: String?
    /// `[limits]` keys and values; empty keeps the server's defaults.
    var limits: [(key: String, value: Int)] = []

    static let massServices = [(id: "medical", prefix: "M"), (id: "social", prefix: "S"), (id: "psychological", prefix: "P")]
    static let massDesks = [
        Desk(id: "medical-1", services: ["medical"]),
        Desk(id: "medical-2", services: ["medical", "psychological"]),
        Desk(id: "social", services: ["social", "psychological"]),
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    var toml: String {
        var lines = [
            "# Written by queue-bench for one run: open all day, every day.",
            "[site]",
            "name = \(quoted(name))",
            "time_zone = \(quoted(timeZone))",
            "languages = [\"fr\", \"en\", \"ar\"]",
            "",
            "[hours]",
        ]
        lines += Self.weekdays.map { "\($0) = \"all day\"" }
        for service in services {
            let label = quoted(service.id)
            lines += [
                "", "[[service]]", "id = \(quoted(service.id))", "prefix = \(quoted(service.prefix))",
                "labels = { fr = \(label), en = \(label), ar = \(label) }",
            ]
        }
        for desk in desks {
            lines += ["", "[[desk]]", "id = \(quoted(desk.id))", "services = [\(desk.services.map(quoted).joined(separator: ", "))]"]
        }
        lines += ["", "[server]", "listen = [\(listen.map(quoted).joined(separator: ", "))]", "database = \(quoted(database))"]
        if let tokensFile { lines.append("tokens_file = \(quoted(tokensFile))") }
        if !limits.isEmpty {
            lines += ["", "[limits]"] + limits.map { "\($0.key) = \($0.value)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func == (lhs: BenchSite, rhs: BenchSite) -> Bool { lhs.toml == rhs.toml }
    func hash(into hasher: inout Hasher) { hasher.combine(toml) }

    private func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
