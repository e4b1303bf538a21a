import Synchronization

/// A value shared between tasks, behind a lock: a `Sendable` home for mutable state that is
/// read often and written rarely (the current connection).
final class MutexBox<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    var value: Value {
        get { mutex.withLock { $0 } }
        set { mutex.withLock { $0 = newValue } }
    }
}
