import QueueCore

extension WireMinuteHistogram {
    public init(_ histogram: MinuteHistogram) {
        self.init()
        let buckets = histogram.counts.sorted { $0.key < $1.key }
        minutes = buckets.map { UInt32(count: $0.key) }
        counts = buckets.map { Int64($0.value) }
    }
}

extension MinuteHistogram {
    public init(_ message: WireMinuteHistogram) throws {
        guard message.minutes.count == message.counts.count else {
            throw MessageError.malformed(
                field: "counts", value: "\(message.counts.count) entries",
                expected: "one count per minute (\(message.minutes.count))")
        }
        var counts: [Int: Int] = [:]
        var previous = -1
        for (minute, count) in zip(message.minutes, message.counts) {
            guard Int(minute) > previous, minute <= MinuteHistogram.limit else {
                throw MessageError.malformed(
                    field: "minutes", value: "\(minute)", expected: "increasing minutes up to \(MinuteHistogram.limit)")
            }
            guard count >= 1 else {
                throw MessageError.malformed(field: "counts", value: "\(count)", expected: "a count >= 1")
            }
            counts[Int(minute)] = Int(count)
            previous = Int(minute)
        }
        self.init(counts: counts)
    }
}
