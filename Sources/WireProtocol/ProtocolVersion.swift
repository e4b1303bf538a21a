/// The protocol versions this build speaks, and the choice made at the handshake.
public enum ProtocolVersion {
    /// Version 1 is this document's; a later version may change frames or methods.
    public static let supported: ClosedRange<UInt32> = 1...1

    /// The highest version both a HELLO and `supported` include; nil when there is none (or
    /// the HELLO's range is empty), which ends the handshake with UNSUPPORTED_VERSION.
    public static func negotiate(_ hello: WireHello, supported: ClosedRange<UInt32> = supported) -> UInt32? {
        guard hello.minVersion >= 1, hello.minVersion <= hello.maxVersion else { return nil }
        let highest = min(hello.maxVersion, supported.upperBound)
        return highest >= max(hello.minVersion, supported.lowerBound) ? highest : nil
    }
}
