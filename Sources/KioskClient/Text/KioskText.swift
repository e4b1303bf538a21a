import QueueCore

/// The words of every screen, per language: French, Dutch, English and Arabic today, one file
/// each (`KioskText+FR.swift`…). Adding a language is adding a table and a line in `tables`;
/// a sentence missing in a language falls back to English, then French.
public enum KioskText {
    static let tables: [LanguageCode: [TextKey: String]] = ["fr": fr, "nl": nl, "en": en, "ar": ar]

    /// The languages with their own table.
    public static var languages: [LanguageCode] { tables.keys.sorted() }

    /// The sentence for `key` in `language`, with `{name}` placeholders filled from `values`.
    public static func text(_ key: TextKey, _ language: LanguageCode, _ values: [String: String] = [:]) -> String {
        var text = tables[language]?[key] ?? en[key] ?? fr[key] ?? key.rawValue
        for (name, value) in values { text = text.replacing("{\(name)}", with: value) }
        return text
    }

    /// Whether `language` is written right to left: its lines are right-aligned.
    public static func isRightToLeft(_ language: LanguageCode) -> Bool {
        ["ar", "fa", "ps", "he", "ur", "yi", "ckb"].contains(language.rawValue.split(separator: "-").first.map(String.init) ?? "")
    }

    /// The language's name in itself, for the language screen: "Français", "العربية".
    public static func nativeName(_ language: LanguageCode) -> String {
        nativeNames[language.rawValue] ?? language.rawValue
    }

    /// The language's name in Latin letters, for printers that have no other script.
    public static func latinName(_ language: LanguageCode) -> String {
        latinNames[language.rawValue] ?? language.rawValue
    }

    static let nativeNames: [String: String] = [
        "fr": "Français", "nl": "Nederlands", "en": "English", "ar": "العربية", "es": "Español", "ro": "Română",
        "ru": "Русский", "uk": "Українська", "ti": "ትግርኛ", "fa": "فارسی", "ps": "پښتو", "de": "Deutsch",
        "it": "Italiano", "pt": "Português", "pt-br": "Português (Brasil)", "tr": "Türkçe", "pl": "Polski",
        "bg": "Български", "so": "Soomaali", "am": "አማርኛ", "ur": "اردو", "ln": "Lingála",
    ]

    static let latinNames: [String: String] = [
        "fr": "Français", "nl": "Nederlands", "en": "English", "ar": "Arabic / arabe", "es": "Español",
        "ro": "Română", "ru": "Russian / russe", "uk": "Ukrainian / ukrainien", "ti": "Tigrinya", "fa": "Farsi / persan",
        "ps": "Pashto", "de": "Deutsch", "it": "Italiano", "pt": "Português", "tr": "Türkçe", "pl": "Polski",
        "bg": "Bulgarian / bulgare", "so": "Soomaali", "am": "Amharic", "ur": "Urdu", "ln": "Lingala",
    ]
}
