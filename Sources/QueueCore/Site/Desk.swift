/// A place where a clinician calls patients: a consultation room or a counter.
public struct Desk: Hashable, Sendable, Identifiable {
    public let id: DeskID
    /// What the board shows and says: "Salle 2", "Bureau social".
    public var label: String
    /// The services this desk calls from, in no particular order.
    public var services: Set<ServiceID>

    public init(id: DeskID, label: String, services: Set<ServiceID>) {
        self.id = id
        self.label = label
        self.services = services
    }
}
