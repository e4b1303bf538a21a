import QueueCore

/// Turns `time_zone = "Europe/Brussels"` into rules, reading the zone's TZif bytes through
/// the loader's `zoneInfo` (normally `/usr/share/zoneinfo/<name>`).
struct TimeZoneReader {
    let problems: ProblemCollector
    let zoneInfo: (String) -> [UInt8]?

    /// Zone names that need no tzdata: the server still starts on a box without it.
    static let utcNames: Set<String> = ["UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu", "Etc/GMT", "GMT"]

    func read(_ name: Located<String>) -> TimeZoneRules? {
        guard Self.isPlausibleName(name.value) else {
            problems.add(
                "[site]: time_zone '\(name.value)' is not a zone name; write it as Region/City, like \"Europe/Brussels\"",
                at: name.position)
            return nil
        }
        guard let bytes = zoneInfo(name.value) else {
            if Self.utcNames.contains(name.value) { return .fixed(offsetSeconds: 0, identifier: name.value) }
            problems.add(
                "[site]: unknown time zone '\(name.value)'; write it as Region/City in English, like \"Europe/Brussels\" "
                    + "(the names are those under /usr/share/zoneinfo, from the tzdata package)",
                at: name.position)
            return nil
        }
        do throws(TimeZoneError) {
            return try TimeZoneRules(identifier: name.value, tzif: bytes)
        } catch {
            problems.add("[site]: time zone '\(name.value)' cannot be used: \(error)", at: name.position)
            return nil
        }
    }

    /// Letters, digits, `/`, `_`, `-`, `+`; no `..`, no leading `/`: a path below the zone directory.
    static func isPlausibleName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter, !name.contains(".."), name.count <= 64 else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/_-+".contains($0)) }
    }
}
