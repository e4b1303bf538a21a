import QueueCore
import SwiftProtobuf

/// A request message that asks for one `QueueCommand`: TakeTicketRequest, CallNextRequest…
/// The server decodes the request, turns it into the command here and runs it; a client goes
/// the other way with `QueueCommand.request`.
public protocol CommandRequest: SwiftProtobuf.Message {
    /// The command asked for. Throws `MessageError` when a field is missing or malformed.
    func command(in context: CommandContext) throws -> QueueCommand
}

/// What the server adds to a request to make a command: things the caller may not choose.
public struct CommandContext: Hashable, Sendable {
    /// Random bits for commands that draw a code (booking an appointment).
    public var entropy: UInt64
    /// Whether the caller's `urgent` flag on a new ticket is honoured (staff); ignored otherwise.
    public var mayMarkUrgent: Bool
    /// For requests that leave the language empty.
    public var defaultLanguage: LanguageCode

    public init(entropy: UInt64, mayMarkUrgent: Bool, defaultLanguage: LanguageCode) {
        self.entropy = entropy
        self.mayMarkUrgent = mayMarkUrgent
        self.defaultLanguage = defaultLanguage
    }
}
