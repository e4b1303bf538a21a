import QueueCore

/// A `PeriodReport` in the shape a centre gives its funders: per service (tickets,
/// consultations, per-day averages, waits p50/p90, no-shows, transfers, appointments, urgent),
/// totals, arrivals per hour, languages. `csv`, `json` and `text` render it.
public struct ReportFigures: Sendable {
    public let report: PeriodReport
    /// Service labels and order, from the site (services the site no longer has come last).
    public let services: [(id: ServiceID, label: String)]

    public init(report: PeriodReport, site: SiteConfiguration?, language: LanguageCode = "fr") {
        self.report = report
        var ordered = (site?.services ?? []).map { ($0.id, $0.label(in: language, fallback: site?.defaultLanguage)) }
        for id in report.services.keys.sorted() where !ordered.contains(where: { $0.0 == id }) {
            ordered.append((id, id.rawValue))
        }
        services = ordered.map { (id: $0.0, label: $0.1) }
    }

    public struct Row: Sendable {
        public let service: ServiceID
        public let label: String
        public let figures: DayFigures.ServiceFigures
    }

    public var rows: [Row] {
        services.map { Row(service: $0.id, label: $0.label, figures: report.services[$0.id] ?? .init()) }
    }

    static func average(_ total: Int, _ days: Int) -> Double? { days == 0 ? nil : Double(total) / Double(days) }

    static func decimal(_ value: Double?) -> String {
        guard let value else { return "" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    // MARK: CSV

    /// Three tables separated by a blank line: services (with a total row), hours, languages.
    public var csv: String {
        var lines = [
            "service,label,tickets,consultations,tickets_per_day,consultations_per_day,wait_p50_min,wait_p90_min,"
                + "consultation_p50_min,no_shows,cancelled,transfers_out,transfers_in,appointments,urgent"
        ]
        var total = DayFigures.ServiceFigures()
        for row in rows {
            total.merge(row.figures)
            lines.append(csvRow(row.service.rawValue, row.label, row.figures))
        }
        lines.append(csvRow("total", "Total", total))
        lines.append("")
        lines.append("hour,arrivals")
        for (hour, count) in report.arrivalsByHour.enumerated() { lines.append("\(hour.zeroPadded(2)):00,\(count)") }
        lines.append("")
        lines.append("language,tickets")
        for (language, count) in report.languages.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            lines.append("\(language),\(count)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func csvRow(_ id: String, _ label: String, _ f: DayFigures.ServiceFigures) -> String {
        let days = report.daysOpen
        return [
            Self.csvField(id), Self.csvField(label), "\(f.tickets)", "\(f.consultations)",
            Self.decimal(Self.average(f.tickets, days)), Self.decimal(Self.average(f.consultations, days)),
            f.waits.percentile(0.5).map(String.init) ?? "", f.waits.percentile(0.9).map(String.init) ?? "",
            f.consultationLengths.percentile(0.5).map(String.init) ?? "", "\(f.noShows)", "\(f.cancelled)",
            "\(f.transfersOut)", "\(f.transfersIn)", "\(f.appointments)", "\(f.urgent)",
        ].joined(separator: ",")
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    // MARK: JSON

    public var json: JSONValue {
        let days = report.daysOpen
        return .object([
            ("from", .string(report.from.description)), ("through", .string(report.through.description)),
            ("days_open", .int(days)),
            ("tickets", .int(report.totalTickets)), ("consultations", .int(report.totalConsultations)),
            ("tickets_per_day", .number(Self.average(report.totalTickets, days))),
            ("consultations_per_day", .number(Self.average(report.totalConsultations, days))),
            (
                "services",
                .array(
                    rows.map { row in
                        let f = row.figures
                        return .object([
                            ("service", .string(row.service.rawValue)), ("label", .string(row.label)),
                            ("tickets", .int(f.tickets)), ("consultations", .int(f.consultations)),
                            ("tickets_per_day", .number(Self.average(f.tickets, days))),
                            ("wait_p50_min", .number(f.waits.percentile(0.5))),
                            ("wait_p90_min", .number(f.waits.percentile(0.9))),
                            ("consultation_p50_min", .number(f.consultationLengths.percentile(0.5))),
                            ("no_shows", .int(f.noShows)), ("cancelled", .int(f.cancelled)),
                            ("transfers_out", .int(f.transfersOut)), ("transfers_in", .int(f.transfersIn)),
                            ("appointments", .int(f.appointments)), ("urgent", .int(f.urgent)),
                        ])
                    })
            ),
            ("arrivals_by_hour", .array(report.arrivalsByHour.map { .int($0) })),
            (
                "languages",
                .object(report.languages.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .int($0.value)) })
            ),
        ])
    }

    // MARK: Text

    /// A readable summary for the terminal.
    public var text: String {
        let days = report.daysOpen
        var lines = [
            "Report \(report.from) to \(report.through): \(days) day(s) open",
            "Tickets \(report.totalTickets) (\(Self.decimal(Self.average(report.totalTickets, days))) a day), "
                + "consultations \(report.totalConsultations) (\(Self.decimal(Self.average(report.totalConsultations, days))) a day)",
            "",
            "service              tickets  consult.  wait p50  wait p90  no-shows  transfers",
        ]
        for row in rows {
            let f = row.figures
            lines.append(
                DisplayWidth.fit(row.label, 20, .left)
                    + [
                        "\(f.tickets)", "\(f.consultations)", f.waits.percentile(0.5).map { "\($0) min" } ?? "-",
                        f.waits.percentile(0.9).map { "\($0) min" } ?? "-", "\(f.noShows)", "\(f.transfersOut)",
                    ].map { DisplayWidth.fit($0, 9, .right) + " " }.joined())
        }
        lines.append("")
        let busy = report.arrivalsByHour.enumerated().filter { $0.element > 0 }
        lines.append("arrivals by hour: " + busy.map { "\($0.offset)h \($0.element)" }.joined(separator: ", "))
        lines.append(
            "languages: "
                + report.languages.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }
}
