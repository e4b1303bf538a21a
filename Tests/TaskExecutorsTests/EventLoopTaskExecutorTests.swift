#if os(Linux) && compiler(>=6.3)
import NIOCore
import NIOPosix
import Testing

@testable import TaskExecutors

/// The default executor of `queue-server`, tried here as a task executor preference (the
/// process-wide one can only be installed before any task starts, which a test cannot do).
@Suite struct EventLoopTaskExecutorTests {
    @Test func tasksRunOnTheGroupsLoops() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        defer { group.shutdownGracefully { _ in } }
                let executor = EventLoopTaskExecutor(group: group)
        let ranOnLoops = await withTaskGroup(of: Bool.self) { tasks in
            for _ in 0..<8 {
                tasks.addTask(executorPreference: executor) { Self.onALoop(of: group) }
            }
            return await tasks.reduce(true) { $0 && $1 }
        }
        #expect(ranOnLoops)
    }

    @Test func aSleepIsTimedOnTheLoopsAndResumesThere() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { group.shutdownGracefully { _ in } }
                let executor = EventLoopTaskExecutor(group: group)
        let (slept, onLoop) = try await withTaskExecutorPreference(executor) {
            let start = ContinuousClock.now
            try await Task.sleep(for: .milliseconds(30))
            return (start.duration(to: .now), Self.onALoop(of: group))
        }
        #expect(slept >= .milliseconds(30))
        #expect(onLoop)
    }

    @Test func aCancelledSleepEndsEarly() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { group.shutdownGracefully { _ in } }
                let executor = EventLoopTaskExecutor(group: group)
        let sleeper = Task(executorPreference: executor) { try await Task.sleep(for: .seconds(3600)) }
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
    }

    static func onALoop(of group: MultiThreadedEventLoopGroup) -> Bool {
        guard let current = MultiThreadedEventLoopGroup.currentEventLoop else { return false }
        return group.makeIterator().contains { $0 === current }
    }
}
#endif
