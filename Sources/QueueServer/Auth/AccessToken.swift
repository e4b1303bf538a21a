/// A device token: the secret a kiosk, board or desk presents to authenticate. Compared in
/// constant time (no early exit, every byte up to `maximumLength` looked at), and never printed:
/// its description, debug description and mirror all say `<redacted>`.
public struct AccessToken: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The longest token a tokens file may hold. Longer presented tokens match nothing.
    public static let maximumLength = 128
    /// The shortest token a tokens file may hold: 16 random characters resist guessing.
    public static let minimumLength = 16

    /// The bytes, zero-padded to `maximumLength`, so comparing takes the same time whatever the length.
    private let padded: [UInt8]
    /// The real length, at most `maximumLength`.
    private let length: UInt8
    /// 1 for a presented token longer than `maximumLength`, which matches nothing; else 0.
    private let tooLong: UInt8

    init<Bytes: Collection<UInt8>>(bytes: Bytes) {
        var padded = Array(bytes.prefix(Self.maximumLength))
        length = UInt8(padded.count)
        tooLong = bytes.count > Self.maximumLength ? 1 : 0
        padded += repeatElement(0, count: Self.maximumLength - padded.count)
        self.padded = padded
    }

    /// The token a client presented; nil when it presented none (an empty field).
    public init?(presented text: String) {
        guard !text.isEmpty else { return nil }
        self.init(bytes: text.utf8)
    }

    /// All ones when `self` and `other` are the same token, else zero; computed without branching
    /// on their contents.
    func matchMask(_ other: AccessToken) -> Int {
        var difference = (length ^ other.length) | tooLong | other.tooLong
        for index in 0..<Self.maximumLength {
            difference |= padded[index] ^ other.padded[index]
        }
        return (Int(difference) - 1) >> (Int.bitWidth - 1)
    }

    /// Whether `self` and `other` are the same token, in constant time.
    public func matches(_ other: AccessToken) -> Bool {
        matchMask(other) != 0
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "AccessToken(<redacted>)" }
    public var customMirror: Mirror { Mirror(self, children: []) }
}
