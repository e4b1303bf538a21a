import QueueCore

/// The most recent committed events, in `seq` order without gaps, so subscribers that resume
/// from a recent `seq` are served from memory. Older ones come from the store.
struct EventRing {
    let capacity: Int
    private var events: [QueueEvent] = []
    /// The seq of the last event committed (the ring may be empty after a restart).
    private(set) var lastSeq: UInt64

    init(capacity: Int, lastSeq: UInt64) {
        precondition(capacity > 0, "an event ring keeps at least one event")
        self.capacity = capacity
        self.lastSeq = lastSeq
    }

    /// The seq of the oldest event still in memory; `lastSeq + 1` when none is.
    var firstSeq: UInt64 { events.first?.seq ?? lastSeq + 1 }

    /// Appends committed events (consecutive, after `lastSeq`), forgetting the oldest beyond capacity.
    mutating func append(_ new: [QueueEvent]) {
        guard let last = new.last else { return }
        precondition(new.first?.seq == lastSeq + 1, "committed events must follow the last seq without a gap")
        events.append(contentsOf: new)
        lastSeq = last.seq
        // Trim in chunks so appending stays amortized O(1).
        if events.count > capacity + capacity / 4 {
            events.removeFirst(events.count - capacity)
        }
    }

    /// Every event with `seq > after`, or nil when some of them are no longer in memory.
    /// `after` past `lastSeq` is not answered here either (nil).
    func events(after: UInt64) -> [QueueEvent]? {
        guard after <= lastSeq, after + 1 >= firstSeq else { return nil }
        return Array(events[Int(after + 1 - firstSeq)...])
    }
}
