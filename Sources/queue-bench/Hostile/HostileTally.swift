import NIOConcurrencyHelpers

/// Counts, per attack, how many attempts were made and how many the server ended itself.
final class HostileTally: Sendable {
    private let counts = NIOLockedValueBox<[String: (attempts: Int, closedByServer: Int)]>([:])

    func attempt(_ attack: String, closedByServer: Bool) {
        counts.withLockedValue { counts in
            var entry = counts[attack] ?? (0, 0)
            entry.attempts += 1
            if closedByServer { entry.closedByServer += 1 }
            counts[attack] = entry
        }
    }

    var values: [(name: String, value: Double)] {
        counts.withLockedValue { counts in
            counts.keys.sorted().flatMap { key in
                [("\(key)_attempts", Double(counts[key]!.attempts)), ("\(key)_closed_by_server", Double(counts[key]!.closedByServer))]
            }
        }
    }
}
