import QueueCore

/// A call as the waiting room sees it: the number, where to go, in which language to say it.
public struct BoardCall: Hashable, Sendable {
    public var ticket: String
    public var desk: DeskID
    public var room: String
    public var language: LanguageCode
    public var at: Timestamp

    public init(ticket: String, desk: DeskID, room: String, language: LanguageCode, at: Timestamp) {
        self.ticket = ticket
        self.desk = desk
        self.room = room
        self.language = language
        self.at = at
    }

    /// The sentence the board says: "Numéro M 7, Salle 2." in the ticket's language.
    public var announcement: String {
        let spoken = TicketNumber(ticket).map { "\($0.prefix) \($0.number)" } ?? ticket
        return KioskText.text(.announcement, language, ["ticket": spoken, "room": room])
    }
}
