import QueueCore

/// Reads the scalar fields of messages into QueueCore values, strictly: anything that does not
/// parse throws `MessageError` naming the field. Empty strings are "absent" (proto3).
enum FieldParsing {
    static func required(_ text: String, _ field: String) throws(MessageError) -> String {
        guard !text.isEmpty else { throw .missing(field: field) }
        return text
    }

    static func service(_ text: String, _ field: String) throws(MessageError) -> ServiceID {
        ServiceID(try required(text, field))
    }

    static func optionalService(_ text: String) -> ServiceID? {
        text.isEmpty ? nil : ServiceID(text)
    }

    static func desk(_ text: String, _ field: String) throws(MessageError) -> DeskID {
        DeskID(try required(text, field))
    }

    static func optionalDesk(_ text: String) -> DeskID? {
        text.isEmpty ? nil : DeskID(text)
    }

    /// `YYYY-MM-DD`, exactly.
    static func date(_ text: String, _ field: String) throws(MessageError) -> LocalDate {
        guard let date = LocalDate(try required(text, field)), date.description == text else {
            throw .malformed(field: field, value: text, expected: "a date YYYY-MM-DD")
        }
        return date
    }

    static func optionalDate(_ text: String, _ field: String) throws(MessageError) -> LocalDate? {
        text.isEmpty ? nil : try date(text, field)
    }

    /// `HH:MM`, exactly (`24:00` allowed).
    static func time(_ text: String, _ field: String) throws(MessageError) -> TimeOfDay {
        guard let time = TimeOfDay(try required(text, field)), time.description == text else {
            throw .malformed(field: field, value: text, expected: "a time HH:MM")
        }
        return time
    }

    /// `YYYY-MM-DD HH:MM`, exactly.
    static func localDateTime(_ text: String, _ field: String) throws(MessageError) -> LocalDateTime {
        let parts = try required(text, field).split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = LocalDate(parts[0]), let time = TimeOfDay(parts[1]), time.minutes < 1440,
            "\(date) \(time)" == text
        else {
            throw .malformed(field: field, value: text, expected: "a local time YYYY-MM-DD HH:MM")
        }
        return LocalDateTime(date: date, time: time)
    }

    /// `M-007`; the lenient staff forms `m7`, `M 7`, `M007` are accepted too.
    static func ticketNumber(_ text: String, _ field: String) throws(MessageError) -> TicketNumber {
        guard let number = TicketNumber(try required(text, field)) else {
            throw .malformed(field: field, value: text, expected: "a ticket number like M-007")
        }
        return number
    }

    static func language(_ text: String, _ field: String) throws(MessageError) -> LanguageCode {
        guard let language = LanguageCode(try required(text, field)) else {
            throw .malformed(field: field, value: text, expected: "a language code like fr or pt-br")
        }
        return language
    }

    static func optionalLanguage(_ text: String, _ field: String) throws(MessageError) -> LanguageCode? {
        text.isEmpty ? nil : try language(text, field)
    }

    /// Six digits with a valid check digit.
    static func appointmentCode(_ text: String, _ field: String) throws(MessageError) -> AppointmentCode {
        guard let code = AppointmentCode(try required(text, field)) else {
            throw .malformed(field: field, value: text, expected: "an appointment code (six digits)")
        }
        return code
    }

    static func ticketID(_ value: Int64, _ field: String) throws(MessageError) -> TicketID {
        guard value >= 1 else { throw .malformed(field: field, value: "\(value)", expected: "a ticket id >= 1") }
        return TicketID(value)
    }

    static func timestamp(_ milliseconds: Int64) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: milliseconds)
    }
}

extension UInt32 {
    /// A count for the wire; QueueCore counts are never negative, and clamping keeps encoding total.
    init(count: Int) { self.init(clamping: count) }
}
