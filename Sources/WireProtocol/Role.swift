/// What a connection may do, granted at the handshake from its token. Admin may call every
/// method; the others see `Method.roles`.
public enum Role: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Takes tickets and checks in appointments.
    case kiosk
    /// A waiting-room board: reads and follows the queue.
    case display
    /// A clinician's room or a counter: calls and handles tickets.
    case desk
    /// The volunteer who runs the site: reports, backups, configuration.
    case admin

    /// Whether the role is staff: its `urgent` flag on a new ticket is honoured.
    public var isStaff: Bool { self == .desk || self == .admin }

    public var description: String { rawValue }

    public init?(_ wire: WireRole) {
        switch wire {
        case .kiosk: self = .kiosk
        case .display: self = .display
        case .desk: self = .desk
        case .admin: self = .admin
        case .unspecified, .UNRECOGNIZED: return nil
        }
    }

    public var wire: WireRole {
        switch self {
        case .kiosk: .kiosk
        case .display: .display
        case .desk: .desk
        case .admin: .admin
        }
    }
}
