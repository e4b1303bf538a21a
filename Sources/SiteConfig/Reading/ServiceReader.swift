import QueueCore

/// Reads one `[[service]]`: id, prefix, labels per language, daily cap, own hours.
struct ServiceReader {
    let problems: ProblemCollector

    /// The prefix given to a service whose prefix is unusable, so that the rest of the file is
    /// still checked; `SiteConfiguration.problems()` reports it (or it was reported already).
    static let placeholderPrefix: Character = "?"

    func read(_ table: TOMLTable, into map: inout SourceMap) -> Service? {
        let unnamed = TableReader(table, context: "[[service]]", problems: problems)
        guard let id = unnamed.string("id", example: "id = \"medical\"", required: true) else {
            unnamed.reportUnknownKeys(known: SiteFileSchema.serviceKeys)
            return nil
        }
        let serviceID = ServiceID(id.value)
        let reader = unnamed.renamed("service '\(id.value)'")
        reader.reportUnknownKeys(known: SiteFileSchema.serviceKeys)
        var source = SourceMap.ServiceSource(id: serviceID, table: table.position, idPosition: id.position)

        var prefix = Self.placeholderPrefix
        if let text = reader.string("prefix", example: "prefix = \"M\"", required: true) {
            source.prefix = text.position
            if text.value.count == 1 {
                prefix = text.value.first!
            } else {
                problems.add(
                    "service '\(id.value)': prefix must be one uppercase letter A-Z (found '\(text.value)')",
                    at: text.position)
                source.prefixReported = true
            }
        } else {
            source.prefixReported = true
        }

        var labels: [LanguageCode: String] = [:]
        if let table = reader.table("labels", example: "labels = { fr = \"Médical\", en = \"Medical\" }") {
            labels = self.labels(table, service: id.value)
        }
        let cap = reader.integer("daily_cap", in: 1...100_000, example: "daily_cap = 40")
        source.dailyCap = cap?.position
        var hours: WeeklyHours?
        if let table = reader.table("hours", example: "hours = { tuesday = \"14:00-17:00\" }") {
            hours = HoursReader(context: "service '\(id.value)' hours", problems: problems)
                .read(table, allowsClosedDates: false).weekly
        }
        map.services.append(source)
        return Service(id: serviceID, prefix: prefix, labels: labels, dailyCap: cap?.value, hours: hours)
    }

    func labels(_ table: TOMLTable, service: String) -> [LanguageCode: String] {
        let context = "service '\(service)' labels"
        let languages = LanguageReader(context: context, problems: problems)
        var labels: [LanguageCode: String] = [:]
        for entry in table.entries {
            guard let code = languages.code(Located(value: entry.key, position: entry.keyPosition)) else { continue }
            guard case .string(let text) = entry.value.kind, !text.trimmingSpaces().isEmpty else {
                problems.add(
                    "\(context): \(entry.key) must be the service's name in that language, in quotes, "
                        + "like \(entry.key) = \"…\" (found \(entry.value.kindName))",
                    at: entry.value.position)
                continue
            }
            guard labels[code] == nil else {
                problems.add("\(context): '\(code)' is given twice", at: entry.keyPosition)
                continue
            }
            labels[code] = text
        }
        return labels
    }
}
