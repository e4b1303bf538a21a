import Testing
import QueueCore
@testable import QueueStore

@Suite struct StoreReaderTests {
    @Test func seesCommittedEventsWhileTheWriterIsOpen() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        let store = try dir.openStore()
        defer { store.close() }
        let reader = try dir.openReader()
        defer { reader.close() }
        #expect(try reader.events(after: 0, limit: 10).isEmpty)
        #expect(try reader.firstRetainedSeq() == nil)
        var seen: [QueueEvent] = []
        for batch in script.batches {
            try store.append(batch)
            seen += try reader.events(after: seen.last?.seq ?? 0, limit: 1_000)
            #expect(seen.count == Int(store.lastSeq))
        }
        #expect(seen == script.events)
        #expect(try reader.firstRetainedSeq() == 1)
    }

    @Test func pagesThroughTheLog() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(1)
        let store = try dir.openStore(appending: script)
        store.close()
        let reader = try dir.openReader()
        defer { reader.close() }
        let all = script.events
        #expect(try reader.events(after: 0, limit: 3) == Array(all[0..<3]))
        #expect(try reader.events(after: 3, limit: 2) == Array(all[3..<5]))
        #expect(try reader.events(after: UInt64(all.count - 1), limit: 10) == [all.last!])
        #expect(try reader.events(after: UInt64(all.count), limit: 10).isEmpty)
        #expect(try reader.events(after: 0, limit: 0).isEmpty)
        #expect(try reader.events(after: .max, limit: 10).isEmpty)
        var paged: [QueueEvent] = []
        while case let page = try reader.events(after: paged.last?.seq ?? 0, limit: 7), !page.isEmpty { paged += page }
        #expect(paged == all)
    }

    @Test func readsFiguresDerivedFromTheEvents() throws {
        let dir = TemporaryDirectory()
        let script = try Script.days(2)
        let store = try dir.openStore(appending: script)
        defer { store.close() }
        let reader = try dir.openReader()
        defer { reader.close() }
        var builder = DayFiguresBuilder(timeZone: TestSite.zone)
        for event in script.events { builder.add(event) }
        let monday = TestSite.monday
        #expect(try reader.dayFigures(from: monday, through: monday.adding(days: 6)) == builder.figures)
        #expect(try reader.dayFigures(from: monday.adding(days: 1), through: monday.adding(days: 1)) == [builder.days[monday.adding(days: 1)]!])
        #expect(try reader.dayFigures(from: monday.adding(days: -7), through: monday.adding(days: -1)).isEmpty)
        let tuesday = builder.days[monday.adding(days: 1)]!
        #expect(tuesday.totalTickets == 8)
    }

    @Test func aClosedReaderRefusesWork() throws {
        let dir = TemporaryDirectory()
        try dir.openStore().close()
        let reader = try dir.openReader()
        reader.close()
        #expect(storeError { _ = try reader.events(after: 0, limit: 1) }?.kind == .misuse)
    }
}
