/// How priority tickets (urgent, appointments) interleave with walk-ins in a service.
///
/// While both kinds wait, at most `priority` priority tickets are called in a row, then
/// `walkIn` walk-ins: priority goes first without starving the people who just came in.
public struct PriorityRatio: Hashable, Sendable, CustomStringConvertible {
    public let priority: Int
    public let walkIn: Int

    public init?(priority: Int, walkIn: Int) {
        guard priority >= 1, walkIn >= 1, priority <= 100, walkIn <= 100 else { return nil }
        self.priority = priority
        self.walkIn = walkIn
    }

    /// One priority ticket, then two walk-ins.
    public static let `default` = PriorityRatio(priority: 1, walkIn: 2)!

    /// Parses `1:2` (priority : walk-in).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let p = Int(parts[0].trimmingSpaces()), let w = Int(parts[1].trimmingSpaces()) else {
            return nil
        }
        self.init(priority: p, walkIn: w)
    }

    public var description: String { "\(priority):\(walkIn)" }
}
