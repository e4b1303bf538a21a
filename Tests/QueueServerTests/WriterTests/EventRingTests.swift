import QueueCore
@testable import QueueServer
import Testing

@Suite("EventRing")
struct EventRingTests {
    static func events(_ seqs: ClosedRange<UInt64>) -> [QueueEvent] {
        seqs.map { QueueEvent(seq: $0, at: Timestamp(millisecondsSinceEpoch: Int64($0)), kind: .deskOpened("desk-1")) }
    }

    @Test("serves every event after a seq it still holds")
    func servesRecent() {
        var ring = EventRing(capacity: 10, lastSeq: 0)
        ring.append(Self.events(1...5))
        #expect(ring.events(after: 0)?.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(ring.events(after: 3)?.map(\.seq) == [4, 5])
        #expect(ring.events(after: 5)?.isEmpty == true)
    }

    @Test("forgets the oldest beyond capacity and says so")
    func forgetsOldest() {
        var ring = EventRing(capacity: 4, lastSeq: 0)
        for seq in UInt64(1)...20 { ring.append(Self.events(seq...seq)) }
        #expect(ring.lastSeq == 20)
        #expect(ring.firstSeq > 1 && ring.firstSeq <= 17)
        #expect(ring.events(after: 0) == nil)
        #expect(ring.events(after: 16)?.map(\.seq) == [17, 18, 19, 20])
    }

    @Test("after a restart it holds nothing older than the stored last seq")
    func restart() {
        var ring = EventRing(capacity: 4, lastSeq: 100)
        #expect(ring.firstSeq == 101)
        #expect(ring.events(after: 100)?.isEmpty == true)
        #expect(ring.events(after: 99) == nil)
        ring.append(Self.events(101...102))
        #expect(ring.events(after: 100)?.map(\.seq) == [101, 102])
    }

    @Test("a seq past the last event is not answered")
    func ahead() {
        var ring = EventRing(capacity: 4, lastSeq: 0)
        ring.append(Self.events(1...3))
        #expect(ring.events(after: 4) == nil)
    }
}

@Suite("MidnightSchedule")
struct MidnightScheduleTests {
    @Test("the next rollover is just after the coming site-local midnight")
    func nextMidnight() {
        let paris = TimeZoneRules.fixed(offsetSeconds: 3600, identifier: "UTC+1")
        let schedule = MidnightSchedule(timeZone: paris, delay: .seconds(2))
        // 23:30 local on Monday is 22:30 UTC; the rollover is Tuesday 00:00:02 local, 23:00:02 UTC.
        let evening = WriterSite.instant(WriterSite.monday, "22:30")
        #expect(schedule.next(after: evening) == WriterSite.instant(WriterSite.monday, "23:00:02"))
        // Just after midnight, the next one is a day later.
        let night = WriterSite.instant(WriterSite.monday, "23:00:01")
        #expect(schedule.next(after: night) == WriterSite.instant(WriterSite.monday.adding(days: 1), "23:00:02"))
    }

    @Test("Duration in milliseconds rounds down")
    func durationMilliseconds() {
        #expect(Duration.seconds(2).milliseconds == 2000)
        #expect(Duration.microseconds(1500).milliseconds == 1)
    }
}
