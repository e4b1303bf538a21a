/// The short anonymous code a patient gets when staff book a slot: six digits, `482-913`.
///
/// Digits, because the kiosk is keypad-only and digits read the same in every language on the
/// site. Five random digits and a Damm check digit: any single wrong digit and any swap of two
/// neighbouring digits is caught as a typo before the code is looked up.
public struct AppointmentCode: Hashable, Sendable, CustomStringConvertible {
    /// The six digits, without separator.
    public let digits: String

    /// Accepts six digits with optional spaces or dashes (`482913`, `482-913`, `482 913`).
    /// Returns nil when the shape is wrong or the check digit does not match.
    public init?(_ text: some StringProtocol) {
        let digits = text.filter { $0 != " " && $0 != "-" }
        guard digits.count == 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let values = digits.map { Int($0.asciiValue! - 48) }
        guard Damm.checksum(values) == 0 else { return nil }
        self.digits = String(digits)
    }

    /// The code for five payload digits taken from `entropy` (the check digit is appended).
    public init(entropy: UInt64) {
        var payload = Int(entropy % 100_000)
        var values = [Int](repeating: 0, count: 5)
        for index in values.indices.reversed() {
            values[index] = payload % 10
            payload /= 10
        }
        let check = Damm.checksum(values)
        self.digits = (values + [check]).map(String.init).joined()
    }

    /// `482-913`.
    public var description: String {
        "\(digits.prefix(3))-\(digits.suffix(3))"
    }

    /// Whether `text` has the shape of a code (six digits), whatever its check digit.
    public static func looksLikeCode(_ text: some StringProtocol) -> Bool {
        let digits = text.filter { $0 != " " && $0 != "-" }
        return digits.count == 6 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

/// The Damm algorithm: a check digit that detects all single-digit errors and adjacent transpositions.
enum Damm {
    static let table: [[Int]] = [
        [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
        [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
        [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
        [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
        [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
        [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
        [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
    ]

    /// The interim digit after `digits`; appending it makes the checksum of the whole 0.
    static func checksum(_ digits: [Int]) -> Int {
        digits.reduce(0) { table[$0][$1] }
    }
}
