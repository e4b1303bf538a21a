#if os(Linux) && compiler(>=6.3)
import Glibc
import NIOPosix
import Synchronization
import Testing

@testable import TaskExecutors

/// The main actor's executor, run here on a thread of the test's own instead of the main one.
@Suite struct MainThreadExecutorTests {
    @Test func jobsRunOnTheThreadThatRunsItAndRunReturnsOnStop() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { group.shutdownGracefully { _ in } }
                let executor = MainThreadExecutor(group: group)
        let runner = RunnerThread(executor)
        let actor = PinnedActor(executor)

        #expect(await actor.threadID() == runner.threadID())
        try await actor.sleep(.milliseconds(10))
        #expect(await actor.threadID() == runner.threadID())

        executor.stop()
        runner.join()
        let returned = runner.returned.load(ordering: .relaxed)
        #expect(returned)
    }
}

/// An actor whose jobs go to the executor under test.
private actor PinnedActor {
    let executor: MainThreadExecutor
    init(_ executor: MainThreadExecutor) { self.executor = executor }
    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    func threadID() -> UInt { UInt(bitPattern: Int(pthread_self())) }
    func sleep(_ duration: Duration) async throws { try await Task.sleep(for: duration) }
}

/// A thread that calls `run()` on the executor until it stops.
private final class RunnerThread: Sendable {
    let executor: MainThreadExecutor
    let returned = Atomic(false)
    private let thread = Mutex(pthread_t())

    init(_ executor: MainThreadExecutor) {
        self.executor = executor
        let context = Unmanaged.passRetained(self).toOpaque()
        thread.withLock { thread in
            _ = pthread_create(&thread, nil, { context in
                let runner = Unmanaged<RunnerThread>.fromOpaque(context!).takeRetainedValue()
                try? runner.executor.run()
                runner.returned.store(true, ordering: .relaxed)
                return nil
            }, context)
        }
    }

    func threadID() -> UInt { thread.withLock { UInt(bitPattern: Int($0)) } }
    func join() { _ = thread.withLock { pthread_join($0, nil) } }
}
#endif
