import QueueCore

/// Reads `[site]`: name, time zone, kiosk languages, priority ratio, consultation length, and
/// how late an appointment may check in and keep its priority.
struct SiteSectionReader {
    struct Result {
        var name = ""
        var timeZone: TimeZoneRules = .utc
        var languages: [LanguageCode] = ["fr"]
        var priorityRatio: PriorityRatio = .default
        var consultationMinutes = 15
        var lateCheckInGraceMinutes = SiteConfiguration.defaultLateCheckInGraceMinutes
    }

    let problems: ProblemCollector
    let zoneInfo: (String) -> [UInt8]?

    func read(_ table: TOMLTable?, into map: inout SourceMap) -> Result {
        var result = Result()
        guard let table else {
            problems.add(
                "the file needs a [site] section with at least name and time_zone, like:\n"
                    + "    [site]\n    name = \"Centre d'accueil\"\n    time_zone = \"Europe/Brussels\"",
                at: nil)
            return result
        }
        let reader = TableReader(table, context: "[site]", known: SiteFileSchema.siteKeys, problems: problems)
        map.site = table.position
        if let name = reader.string("name", example: "name = \"MASS de Bruxelles\"", required: true) {
            result.name = name.value
            map.name = name.position
        }
        if let zone = reader.string("time_zone", example: "time_zone = \"Europe/Brussels\"", required: true) {
            result.timeZone = TimeZoneReader(problems: problems, zoneInfo: zoneInfo).read(zone) ?? .utc
        }
        if let languages = reader.strings("languages", example: "languages = [\"fr\", \"nl\", \"en\", \"ar\"]") {
            map.languages = languages.position
            result.languages = LanguageReader(context: "[site]", problems: problems).codes(languages.value)
        }
        if let minutes = reader.integer("consultation_minutes", in: 1...480, example: "consultation_minutes = 20") {
            result.consultationMinutes = minutes.value
            map.consultationMinutes = minutes.position
        }
        if let grace = reader.integer("late_check_in_minutes", in: 0...240, example: "late_check_in_minutes = 15") {
            result.lateCheckInGraceMinutes = grace.value
        }
        if let entry = reader.entry("priority_ratio") {
            result.priorityRatio = PriorityRatioReader(problems: problems).read(entry) ?? .default
        }
        return result
    }
}
