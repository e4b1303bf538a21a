#if os(Linux) && compiler(>=6.3)
@_spi(ExperimentalCustomExecutors) @_spi(ExperimentalScheduling) import _Concurrency
import Glibc
import NIOCore
import NIOPosix

/// The main actor's executor: the main thread waits on a condition variable for its jobs,
/// and sleeps on the main actor are timed on the event loops. Our main actor runs only the
/// top-level code of `main.swift`, so this is kept plain.
final class MainThreadExecutor: MainExecutor, SchedulingExecutor, @unchecked Sendable {
    private let group: MultiThreadedEventLoopGroup
    private var mutex = pthread_mutex_t()
    private var condition = pthread_cond_t()
    private var jobs: [UnownedJob] = []
    private var stopped = false

    init(group: MultiThreadedEventLoopGroup) {
        self.group = group
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        append(UnownedJob(job))
    }

    func enqueue<C: Clock>(_ job: consuming ExecutorJob, after delay: C.Duration, tolerance: C.Duration?, clock: C) {
        let unowned = UnownedJob(job)
        JobDelay.schedule(after: delay, on: group.any()) { self.append(unowned) }
    }

    private func append(_ job: UnownedJob) {
        pthread_mutex_lock(&mutex)
        jobs.append(job)
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    /// Runs main-actor jobs on the calling (main) thread until `stop()`.
    func run() throws {
        while let job = next() {
            job.runSynchronously(on: asUnownedSerialExecutor())
        }
    }

    func stop() {
        pthread_mutex_lock(&mutex)
        stopped = true
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    private func next() -> UnownedJob? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while jobs.isEmpty && !stopped { pthread_cond_wait(&condition, &mutex) }
        return stopped ? nil : jobs.removeFirst()
    }
}
#endif
