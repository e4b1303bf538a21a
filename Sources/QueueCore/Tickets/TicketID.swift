/// The internal, never-reused identity of a ticket across all days. Patients never see it.
public struct TicketID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public static func < (lhs: TicketID, rhs: TicketID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "#\(rawValue)" }
    public var next: TicketID { TicketID(rawValue + 1) }
}
