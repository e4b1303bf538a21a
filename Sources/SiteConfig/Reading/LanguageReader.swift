import QueueCore

/// Reads language codes (`fr`, `nl`, `ar`, `ti`, `pt-br`), with a hint for names written out.
struct LanguageReader {
    let context: String
    let problems: ProblemCollector

    /// Common names people write instead of the code.
    static let names: [String: String] = [
        "french": "fr", "français": "fr", "francais": "fr", "dutch": "nl", "nederlands": "nl", "néerlandais": "nl",
        "english": "en", "anglais": "en", "arabic": "ar", "arabe": "ar", "spanish": "es", "espagnol": "es",
        "romanian": "ro", "roumain": "ro", "russian": "ru", "russe": "ru", "ukrainian": "uk", "ukrainien": "uk",
        "tigrinya": "ti", "tigrigna": "ti", "persian": "fa", "farsi": "fa", "dari": "prs", "pashto": "ps",
        "portuguese": "pt", "portugais": "pt", "german": "de", "allemand": "de", "turkish": "tr", "turc": "tr",
        "somali": "so", "amharic": "am", "bulgarian": "bg", "polish": "pl", "albanian": "sq", "kurdish": "ku",
    ]

    func code(_ text: Located<String>) -> LanguageCode? {
        if let code = LanguageCode(text.value) { return code }
        var message = "\(context): '\(text.value)' is not a language code; use a two- or three-letter code"
        if let code = Self.names[text.value.lowercased()] {
            message += ": \(code)"
        } else {
            message += " such as fr, nl, en, ar"
        }
        problems.add(message, at: text.position, showColumn: true)
        return nil
    }

    /// The valid codes, in order; a code listed twice is reported at its second place.
    func codes(_ texts: [Located<String>]) -> [LanguageCode] {
        var codes: [LanguageCode] = []
        for text in texts {
            guard let code = code(text) else { continue }
            guard !codes.contains(code) else {
                problems.add("\(context): language '\(code)' is listed twice", at: text.position, showColumn: true)
                continue
            }
            codes.append(code)
        }
        return codes
    }
}
