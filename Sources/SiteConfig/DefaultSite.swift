import QueueCore

/// The site `queue-server` serves with no configuration file: a drop-in care centre open
/// every day, all day (so trying it at night works), in the machine's time zone.
enum DefaultSite {
    static let source = "built-in default"

    /// Kiosk languages: Brussels' official ones, English, then those of the people
    /// low-threshold centres there see most (Arabic, Spanish, Romanian, Russian, Ukrainian,
    /// Tigrinya, Persian/Dari, Pashto).
    static let languages: [LanguageCode] = ["fr", "nl", "en", "ar", "es", "ro", "ru", "uk", "ti", "fa", "ps"]

    static let services: [Service] = [
        Service(
            id: "medical", prefix: "M",
            labels: labels(
                fr: "Médecin", nl: "Arts", en: "Doctor", ar: "طبيب", es: "Médico", ro: "Medic", ru: "Врач",
                uk: "Лікар", ti: "ሓኪም", fa: "پزشک", ps: "ډاکټر")),
        Service(
            id: "social", prefix: "S",
            labels: labels(
                fr: "Service social", nl: "Sociale dienst", en: "Social worker", ar: "أخصائي اجتماعي",
                es: "Trabajo social", ro: "Asistent social", ru: "Социальный работник", uk: "Соціальний працівник",
                ti: "ማሕበራዊ ሰራሕተኛ", fa: "مددکار اجتماعی", ps: "ټولنیز کارکوونکی")),
        Service(
            id: "psychological", prefix: "P",
            labels: labels(
                fr: "Psychologue", nl: "Psycholoog", en: "Psychologist", ar: "أخصائي نفسي", es: "Psicólogo",
                ro: "Psiholog", ru: "Психолог", uk: "Психолог", ti: "ክኢላ ስነ-ኣእምሮ", fa: "روانشناس", ps: "ارواپوه")),
        // N, not I: on a printed ticket "I-004" reads as "1-004".
        Service(
            id: "nursing", prefix: "N",
            labels: labels(
                fr: "Soins infirmiers", nl: "Verpleegkundige", en: "Nurse", ar: "ممرض", es: "Enfermería",
                ro: "Asistent medical", ru: "Медсестра", uk: "Медсестра", ti: "ነርስ", fa: "پرستار", ps: "نرس")),
    ]

    static let desks: [Desk] = [
        Desk(id: "room-1", label: "Salle 1", services: ["medical", "nursing"]),
        Desk(id: "room-2", label: "Salle 2", services: ["medical", "psychological"]),
        Desk(id: "room-3", label: "Salle 3", services: ["social", "psychological"]),
    ]

    static func site(timeZone: TimeZoneRules) -> SiteConfiguration {
        SiteConfiguration(
            name: "Centre d'accueil", timeZone: timeZone, services: services, desks: desks, hours: .always,
            priorityRatio: .default, languages: languages, defaultConsultationMinutes: 15)
    }

    // swift-format-ignore
    static func labels(
        fr: String, nl: String, en: String, ar: String, es: String, ro: String, ru: String, uk: String, ti: String,
        fa: String, ps: String
    ) -> [LanguageCode: String] {
        ["fr": fr, "nl": nl, "en": en, "ar": ar, "es": es, "ro": ro, "ru": ru, "uk": uk, "ti": ti, "fa": fa, "ps": ps]
    }
}

extension SiteConfigLoader {
    /// The site `queue-server` serves with no file (see `DefaultSite`), in the zone of
    /// `/etc/localtime`; UTC with a warning when that cannot be read.
    public static func builtInDefault() -> SiteFile {
        let environment = processEnvironment()
        switch ZoneInfo.local() {
        case .success(let zone):
            return builtInDefault(timeZone: zone, environment: environment)
        case .failure(let error):
            var file = builtInDefault(timeZone: .utc, environment: environment)
            file.warnings.append(
                ConfigProblem(
                    source: DefaultSite.source, line: nil,
                    message: "the machine's time zone is unknown (\(error)); using UTC, so the day may not "
                        + "end at local midnight: install tzdata or set the zone with timedatectl",
                    isWarning: true))
            return file
        }
    }

    /// The default site in `timeZone`, with the server defaults for `environment`.
    public static func builtInDefault(timeZone: TimeZoneRules, environment: [String: String]) -> SiteFile {
        SiteFile(
            site: DefaultSite.site(timeZone: timeZone), server: .defaults(environment: environment),
            source: DefaultSite.source)
    }
}
