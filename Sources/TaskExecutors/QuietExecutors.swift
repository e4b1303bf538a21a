#if os(Linux) && compiler(>=6.3)
@_spi(ExperimentalCustomExecutors) import _Concurrency
#endif
import NIOCore
import NIOPosix

/// Swift Concurrency's executors for a daemon that must not wake up when idle: the default
/// executor on an event loop group (the one the server serves on), the main actor on the main
/// thread. The stock executors are libdispatch's, whose worker pool keeps a one-second timer
/// from its first worker on: one wake-up a second for years on an idle box.
///
/// Uses Swift 6.3's experimental `ExecutorFactory` (SE-0471's custom main and global
/// executors). Elsewhere (another compiler, macOS) it installs nothing and the stock
/// executors serve, as before.
public enum QuietExecutors {
    /// Installs the executors, with a new group of `threads` event loops that it returns.
    /// Call it first thing in `main`, before any task starts, and at most once; returns nil
    /// when this platform keeps the stock executors.
    public static func install(threads: Int) -> MultiThreadedEventLoopGroup? {
        #if os(Linux) && compiler(>=6.3)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, threads))
        QuietExecutorFactory.group = group
        _createExecutors(factory: QuietExecutorFactory.self)
        return group
        #else
        return nil
        #endif
    }
}

#if os(Linux) && compiler(>=6.3)
/// What `_createExecutors` asks for; set up by `QuietExecutors.install` before it is asked.
struct QuietExecutorFactory: ExecutorFactory {
    nonisolated(unsafe) static var group: MultiThreadedEventLoopGroup!
    static let main = MainThreadExecutor(group: group)
    static let tasks = EventLoopTaskExecutor(group: group)

    static var mainExecutor: any MainExecutor { main }
    static var defaultExecutor: any TaskExecutor { tasks }
}
#endif
