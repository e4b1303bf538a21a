import WireProtocol

/// A device the tokens file names: its role and a name for the logs (`desk-2`, `kiosk-hall`).
public struct TokenDevice: Hashable, Sendable, CustomStringConvertible {
    public let role: Role
    public let name: String

    public init(role: Role, name: String) {
        self.role = role
        self.name = name
    }

    public var description: String { "\(name) (\(role))" }
}
