extension Peer {
    /// The peer as the rate limiter counts it: IPv4 address, IPv6 /64, or Unix user.
    public var rateLimitKey: AuthRateLimiter.PeerKey {
        if let ipv4 = ipv4Address { return .ipv4(ipv4) }
        if let ipv6 = ipv6Bytes { return .ipv6Network(ipv6[..<8].reduce(0) { $0 << 8 | UInt64($1) }) }
        if case .unixSocket(let credentials?) = self { return .unixUser(credentials.uid) }
        return .unixUnknown
    }
}
