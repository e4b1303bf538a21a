import QueueCore

extension SiteConfigLoader {
    /// Why `new` may not replace `current` right now, given the tickets waiting per service;
    /// empty when the reload may go ahead. Refused: removing a service people still wait
    /// for, changing the prefix of one (their printed numbers would no longer match), and
    /// changing the time zone while anyone waits (it moves the day's boundaries).
    public static func reloadProblems(
        current: SiteConfiguration, new: SiteConfiguration, waiting: [ServiceID: Int]
    ) -> [String] {
        var problems: [String] = []
        for service in current.services {
            let count = waiting[service.id] ?? 0
            guard count > 0 else { continue }
            guard let replacement = new.service(service.id) else {
                problems.append(
                    "service '\(service.id)' still has \(tickets(count)) waiting; remove it once they are called or cancelled")
                continue
            }
            if replacement.prefix != service.prefix {
                problems.append(
                    "service '\(service.id)' would change prefix from \(service.prefix) to \(replacement.prefix) while "
                        + "\(tickets(count)) with \(service.prefix) numbers wait; change it when none wait")
            }
        }
        let total = waiting.values.reduce(0, +)
        if current.timeZone.identifier != new.timeZone.identifier && total > 0 {
            problems.append(
                "the time zone would change from \(current.timeZone) to \(new.timeZone) while \(tickets(total)) wait; "
                    + "change it when the queue is empty")
        }
        return problems
    }

    static func tickets(_ count: Int) -> String { count == 1 ? "1 ticket" : "\(count) tickets" }
}
