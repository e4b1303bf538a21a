import Glibc
import QueueCore
@testable import QueueServer
import QueueStore
import Synchronization

/// Wraps the real store so a test can make commits fail (a full disk), hold them (to pile up
/// submissions behind one), or skip snapshots (a crash before shutdown wrote one).
final class FlakyStore: WriterStore, @unchecked Sendable {
    private struct Controls {
        var failing = false
        var holding = false
        var skipSnapshots = false
        var appends = 0
        var held = 0
    }

    private let base: any WriterStore
    private let controls = Mutex(Controls())

    init(_ base: any WriterStore) {
        self.base = base
    }

    func failCommits(_ on: Bool) { controls.withLock { $0.failing = on } }
    func holdCommits(_ on: Bool) { controls.withLock { $0.holding = on } }
    func skipSnapshots(_ on: Bool) { controls.withLock { $0.skipSnapshots = on } }
    /// Appends started, including held and failed ones.
    var appends: Int { controls.withLock { $0.appends } }
    /// Appends waiting because commits are held.
    var held: Int { controls.withLock { $0.held } }

    var lastSeq: UInt64 { base.lastSeq }

    func append(_ events: [QueueEvent]) throws(StoreError) {
        controls.withLock { $0.appends += 1 }
        if controls.withLock({ $0.holding }) {
            controls.withLock { $0.held += 1 }
            while controls.withLock({ $0.holding }) { usleep(1000) }
            controls.withLock { $0.held -= 1 }
        }
        if controls.withLock({ $0.failing }) {
            throw StoreError(.diskFull, "database or disk is full (test)", path: "test")
        }
        try base.append(events)
    }

    func writeSnapshot(_ state: QueueState) throws(StoreError) {
        if controls.withLock({ $0.skipSnapshots }) { return }
        try base.writeSnapshot(state)
    }

    func loadState(configuration: SiteConfiguration) throws(StoreError) -> QueueState {
        try base.loadState(configuration: configuration)
    }

    func prune(before day: LocalDate) throws(StoreError) -> PruneSummary { try base.prune(before: day) }

    func close() { base.close() }
}
