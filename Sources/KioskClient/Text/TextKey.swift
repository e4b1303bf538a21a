/// Every sentence the kiosk, desk and board show or say, by meaning. The words per language are
/// in `KioskText`; `{name}` marks a value filled in at use.
public enum TextKey: String, CaseIterable, Hashable, Sendable {
    // Kiosk
    case chooseLanguage, moreLanguages, chooseService, appointmentOption, back
    case enterCode, codeHelp, pleaseWait, yourNumber, estimatedWait, peopleAhead, nobodyAhead
    case takePrintedTicket, printerProblem, backToStart
    case closedNow, serviceClosedNow, capReached, comeBackAt, noOpeningSoon
    case unreachable, badCode, unknownCode, codeNotToday, codeUsed, codeCancelled, refused
    case ticketLanguageHint
    // Board
    case nowCalling, recentCalls, announcement, boardWaiting, reconnecting
    // Desk
    case deskTitle, deskCallNext, deskRecall, deskNoShow, deskDone, deskReinstate, deskTransfer, deskPause
    case deskResume, deskBook, deskQuit, deskWaiting, deskOldest, deskCurrent, deskNobodyCalled, deskNobodyWaiting
    case deskLanguage, deskPaused, deskOpen, deskPickService, deskTypeTicket, deskBookDay, deskBookTime
    case deskBooked, deskCancelKey, deskCalled, deskFinished
    // Shared
    case terminalTooSmall, minutes
}
