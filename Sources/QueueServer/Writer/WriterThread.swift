import NIOPosix
import Synchronization

/// The writer's one thread and its queue: jobs are enqueued from anywhere, and the thread takes
/// everything pending at once, so submissions that arrive during a commit share the next one.
final class WriterThread: Sendable {
    private struct Pending {
        var jobs: [WriterJob] = []
        var isDraining = false
        var isClosed = false
    }

    private let pool: NIOThreadPool
    private let pending = Mutex(Pending())
    private let perform: @Sendable ([WriterJob]) -> Void

    /// Starts the thread; `perform` runs on it with each batch, in order.
    init(perform: @escaping @Sendable ([WriterJob]) -> Void) {
        self.perform = perform
        pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
    }

    /// Queues `job`; false once the queue is closed. With `closing`, `job` is the last one accepted.
    @discardableResult
    func enqueue(_ job: WriterJob, closing: Bool = false) -> Bool {
        let (accepted, wake) = pending.withLock { queue -> (Bool, Bool) in
            guard !queue.isClosed else { return (false, false) }
            queue.jobs.append(job)
            queue.isClosed = closing
            defer { queue.isDraining = true }
            return (true, !queue.isDraining)
        }
        if wake { pool.submit { [self] _ in drain() } }
        return accepted
    }

    var isClosed: Bool { pending.withLock { $0.isClosed } }

    /// Jobs waiting for the thread (not counting the batch it is running).
    var pendingCount: Int { pending.withLock { $0.jobs.count } }

    /// Stops the thread once the queue is closed and drained.
    func stop() async {
        try? await pool.shutdownGracefully()
    }

    private func drain() {
        while true {
            let batch = pending.withLock { queue -> [WriterJob] in
                if queue.jobs.isEmpty { queue.isDraining = false }
                defer { queue.jobs = [] }
                return queue.jobs
            }
            if batch.isEmpty { return }
            perform(batch)
        }
    }
}
