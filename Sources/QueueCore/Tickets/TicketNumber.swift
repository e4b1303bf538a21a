/// What the patient holds and the board shows: a service prefix and a number of the day, `M-007`.
///
/// Unique within a site-local day; numbering restarts at 1 each day.
public struct TicketNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let prefix: Character
    public let number: Int

    public init(prefix: Character, number: Int) {
        self.prefix = prefix
        self.number = number
    }

    /// `M-007`: at least three digits, so numbers read the same length all day.
    public var description: String { "\(prefix)-\(number.zeroPadded(3))" }

    /// Lenient parse for staff input: `M-007`, `m7`, `M 7`, `M007`.
    public init?(_ text: some StringProtocol) {
        let trimmed = text.trimmingSpaces()
        guard let first = trimmed.first, first.isASCII, first.isLetter else { return nil }
        var rest = trimmed.dropFirst().drop { $0 == "-" || $0 == " " }
        rest = rest.drop { $0 == "0" && rest.count > 1 }
        guard !rest.isEmpty, rest.count <= 6, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(rest), n >= 1 else {
            return nil
        }
        self.init(prefix: Character(first.uppercased()), number: n)
    }

    public static func < (lhs: TicketNumber, rhs: TicketNumber) -> Bool {
        (String(lhs.prefix), lhs.number) < (String(rhs.prefix), rhs.number)
    }
}
