#if os(Linux) && compiler(>=6.3)
@_spi(ExperimentalCustomExecutors) @_spi(ExperimentalScheduling) import _Concurrency
import NIOCore
import NIOPosix

/// Swift Concurrency's default executor on an event loop group: tasks, and their sleeps, run
/// on the loops that also serve the sockets. An idle loop waits in `epoll_wait` until
/// something happens or something is due, so nothing wakes the process up for nothing
/// (libdispatch's pool, the stock executor, polls its workers once a second, forever).
final class EventLoopTaskExecutor: TaskExecutor, SchedulingExecutor, @unchecked Sendable {
    let group: MultiThreadedEventLoopGroup

    init(group: MultiThreadedEventLoopGroup) {
        self.group = group
    }

    func enqueue(_ job: consuming ExecutorJob) {
        // The loop's own executor: no closure allocated per job; sticky to the current loop.
        group.any().executor.enqueue(job)
    }

    func enqueue<C: Clock>(_ job: consuming ExecutorJob, after delay: C.Duration, tolerance: C.Duration?, clock: C) {
        let unowned = UnownedJob(job)
        let loop = group.any()
        JobDelay.schedule(after: delay, on: loop) { loop.executor.enqueue(ExecutorJob(unowned)) }
    }
}
#endif
