import Synchronization

/// Runs `operation` and returns its result, or nil when it takes longer than `timeout`. The
/// operation is not awaited past the timeout (a hung event loop or writer must not hang the
/// watchdog too); it goes on in the background.
func withTimeout<T: Sendable>(_ timeout: Duration, _ operation: @escaping @Sendable () async -> T) async -> T? {
    let once = ResumeOnce<T?>()
    return await withCheckedContinuation { continuation in
        once.set(continuation)
        let work = Task {
            once.resume(returning: await operation())
        }
        Task {
            try? await Task.sleep(for: timeout)
            if once.resume(returning: nil) { work.cancel() }
        }
    }
}

/// A continuation resumed by whichever of two tasks comes first.
private final class ResumeOnce<T: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<T, Never>?>(nil)

    func set(_ waiting: CheckedContinuation<T, Never>) {
        continuation.withLock { $0 = waiting }
    }

    /// False when it was resumed already.
    @discardableResult
    func resume(returning value: T) -> Bool {
        guard let waiting = continuation.withLock({ $0.take() }) else { return false }
        waiting.resume(returning: value)
        return true
    }
}
