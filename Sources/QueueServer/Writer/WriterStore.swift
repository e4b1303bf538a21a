import QueueCore
import QueueStore

/// What the writer needs of its store. `QueueStore` is the real one; tests wrap it to make
/// commits fail on demand.
protocol WriterStore: AnyObject {
    var lastSeq: UInt64 { get }
    /// One transaction; returns after COMMIT.
    func append(_ events: [QueueEvent]) throws(StoreError)
    func writeSnapshot(_ state: QueueState) throws(StoreError)
    /// The state as committed: the last snapshot plus the events after it.
    func loadState(configuration: SiteConfiguration) throws(StoreError) -> QueueState
    func prune(before day: LocalDate) throws(StoreError) -> PruneSummary
    func close()
}

extension QueueStore: WriterStore {}
