/// The key of one kiosk button press: made once when the patient presses, reused on every
/// retry of that press, so a retry after a lost reply returns the ticket already issued
/// instead of a second one. 128 random bits in hex (the protocol allows 1 to 64 bytes).
public struct IdempotencyKey: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(using generator: inout some RandomNumberGenerator) {
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        rawValue = "k" + Self.hex(high) + Self.hex(low)
    }

    /// A fresh key from the system's random generator.
    public static func fresh() -> IdempotencyKey {
        var generator = SystemRandomNumberGenerator()
        return IdempotencyKey(using: &generator)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public var description: String { rawValue }
}
