/// The known word closest to a mistyped one: `prefx` → `prefix`, `timezone` → `time_zone`.
enum KeySuggestion {
    /// The closest of `candidates` when it is close enough to be a typo, else nil.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = normalized(word)
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, normalized(candidate))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        // One edit per four letters: `prefx` → `prefix`, but not `holiday` → `monday`.
        let allowed = max(1, target.count / 4)
        return best.distance <= allowed ? best.word : nil
    }

    /// Lowercased, without `_`, `-` and spaces: `dailyCap`, `daily-cap` and `daily_cap` are one word.
    static func normalized(_ word: String) -> [Character] {
        Array(word.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Levenshtein distance, with a swap of two neighbours counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
