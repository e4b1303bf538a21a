import QueueCore

/// A refusal from the server, in the patient's language, built from the error's detail (not
/// the English message): closed → when to come back; cap reached → tomorrow's opening; a code
/// typo, unknown, used, cancelled or for another day.
public enum RefusalText {
    public static func lines(for error: ClientError, in language: LanguageCode) -> [String] {
        if error.isRetryable { return [KioskText.text(.unreachable, language)] }
        switch error.queueError {
        case .closed(let service, let next):
            return [KioskText.text(service == nil ? .closedNow : .serviceClosedNow, language), comeBack(next, language)]
        case .dailyCapReached(_, _, let next):
            return [KioskText.text(.capReached, language), comeBack(next, language)]
        case .malformedAppointmentCode: return [KioskText.text(.badCode, language)]
        case .unknownAppointmentCode: return [KioskText.text(.unknownCode, language)]
        case .appointmentNotToday(_, let day):
            return [KioskText.text(.codeNotToday, language, ["day": DateText.day(day, language)])]
        case .appointmentAlreadyUsed: return [KioskText.text(.codeUsed, language)]
        case .appointmentCancelled: return [KioskText.text(.codeCancelled, language)]
        default: return [KioskText.text(.refused, language)]
        }
    }

    static func comeBack(_ next: LocalDateTime?, _ language: LanguageCode) -> String {
        guard let next else { return KioskText.text(.noOpeningSoon, language) }
        return KioskText.text(.comeBackAt, language, ["day": DateText.day(next.date, language), "time": "\(next.time)"])
    }
}
