import CTimerFD
import Glibc
import QueueCore
import Synchronization

/// Waits until a wall-clock time without waking up before: a timerfd on CLOCK_REALTIME, read
/// by a thread of its own that blocks until the time comes, or until the clock is set (the
/// box's first NTP sync after a boot without a real-time clock), which a sleep on the
/// monotonic clock would not notice. For the midnight rollover: nothing ticks in between.
enum WallClockAlarm {
    enum Outcome: Equatable, Sendable {
        case due
        /// The wall clock was set while waiting: work out the time again.
        case clockChanged
        /// The task was cancelled.
        case cancelled
        /// No timerfd (errno): the caller falls back on sleeping.
        case unavailable(Int32)
    }

    static func wait(until time: Timestamp) async -> Outcome {
        let fd = ctimerfd_wall_alarm(time.millisecondsSinceEpoch / 1000, Int((time.millisecondsSinceEpoch % 1000) * 1_000_000))
        guard fd >= 0 else { return .unavailable(errno) }
        let alarm = Alarm(fd: fd)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in alarm.start(continuation) }
        } onCancel: {
            alarm.cancel()
        }
    }

    /// One armed timerfd and the thread that reads it; closes it when the read returns.
    private final class Alarm: Sendable {
        private struct State {
            var fd: Int32?
            var cancelled = false
        }
        private let state: Mutex<State>

        init(fd: Int32) { state = Mutex(State(fd: fd)) }

        func start(_ continuation: CheckedContinuation<Outcome, Never>) {
            let context = Unmanaged.passRetained(Reader(alarm: self, continuation: continuation)).toOpaque()
            var thread = pthread_t()
            let started = pthread_create(&thread, nil, { context in
                let reader = Unmanaged<Reader>.fromOpaque(context!).takeRetainedValue()
                reader.continuation.resume(returning: reader.alarm.readAndClose())
                return nil
            }, context)
            if started == 0 {
                pthread_detach(thread)
            } else {
                Unmanaged<Reader>.fromOpaque(context).release()
                _ = state.withLock { state in state.fd.map(close) }
                continuation.resume(returning: .unavailable(started))
            }
        }

        func cancel() {
            state.withLock { state in
                state.cancelled = true
                if let fd = state.fd { _ = ctimerfd_fire_now(fd) }
            }
        }

        private func readAndClose() -> Outcome {
            guard let fd = state.withLock({ $0.fd }) else { return .cancelled }
            var expirations: UInt64 = 0
            var result: Int
            repeat {
                result = read(fd, &expirations, MemoryLayout<UInt64>.size)
            } while result < 0 && errno == EINTR
            let failure = result < 0 ? errno : 0
            return state.withLock { state in
                close(fd)
                state.fd = nil
                if state.cancelled { return .cancelled }
                if failure == ECANCELED { return .clockChanged }
                return failure == 0 ? .due : .unavailable(failure)
            }
        }
    }

    private final class Reader: @unchecked Sendable {
        let alarm: Alarm
        let continuation: CheckedContinuation<Outcome, Never>
        init(alarm: Alarm, continuation: CheckedContinuation<Outcome, Never>) {
            self.alarm = alarm
            self.continuation = continuation
        }
    }
}
