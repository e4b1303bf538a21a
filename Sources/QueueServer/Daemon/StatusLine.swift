import QueueMessages

/// The `STATUS=` line `systemctl status` shows: who waits where, which desks are open.
/// `waiting medical 3, social 0 · desks open 2/4 · 5 connections`.
enum StatusLine {
    static func text(_ status: QueueStatus, connections: Int) -> String {
        let waiting = status.services.map { "\($0.service) \($0.waiting)" }.joined(separator: ", ")
        let open = status.desks.filter(\.isOpen).count
        let plural = connections == 1 ? "" : "s"
        return "waiting \(waiting) · desks open \(open)/\(status.desks.count) · \(connections) connection\(plural)"
    }
}
