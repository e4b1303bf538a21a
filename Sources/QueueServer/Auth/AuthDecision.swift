import WireProtocol

/// What authentication decided for a connection: a role, or a refusal the client is told.
public enum AuthDecision: Hashable, Sendable, CustomStringConvertible {
    case granted(AuthGrant)
    case refused(AuthRefusal)

    public var description: String {
        switch self {
        case .granted(let grant): "granted \(grant)"
        case .refused(let refusal): "refused: \(refusal)"
        }
    }
}

/// A role granted, and on what grounds (for the logs and the status screen).
public struct AuthGrant: Hashable, Sendable, CustomStringConvertible {
    /// On what grounds the role was granted.
    public enum Basis: Hashable, Sendable {
        /// The device's token, with the device.
        case token(TokenDevice)
        /// A Unix-socket peer running as root or as the server's own user.
        case peerCredentials(uid: UInt32)
        /// A local peer while no tokens are configured (a fresh install).
        case localWithoutTokens
    }

    public let role: Role
    public let basis: Basis

    /// The device name from the tokens file, when a token was the grounds.
    public var deviceName: String? {
        if case .token(let device) = basis { return device.name }
        return nil
    }

    public var description: String {
        switch basis {
        case .token(let device): "\(role) to device \(device.name)"
        case .peerCredentials(let uid): "\(role) to local user \(uid)"
        case .localWithoutTokens: "\(role) to a local peer (no tokens configured)"
        }
    }
}

/// Why a connection was refused; the server answers UNAUTHENTICATED with this message.
public enum AuthRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// No token presented, and the peer is not let in without one.
    case tokenRequired
    /// The token matches no device.
    case invalidToken
    /// No tokens are configured, and the peer is not on this machine.
    case remoteWithoutTokens
    /// Too many invalid tokens from this peer lately.
    case lockedOut(retryAfter: Duration)

    public var description: String {
        switch self {
        case .tokenRequired:
            "this server needs a device token; set the device's token in its configuration"
        case .invalidToken:
            "the device token is not valid"
        case .remoteWithoutTokens:
            "this server has no device tokens yet and accepts only connections from its own machine; "
                + "add tokens to let devices in over the network"
        case .lockedOut(let retryAfter):
            "too many invalid tokens from here; try again in \(Self.wholeSecondsRoundedUp(retryAfter)) s"
        }
    }
    private static func wholeSecondsRoundedUp(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return attoseconds > 0 ? seconds + 1 : seconds
    }
}
