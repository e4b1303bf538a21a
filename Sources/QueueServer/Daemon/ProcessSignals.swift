import Glibc
import Synchronization

/// SIGTERM, SIGINT and SIGHUP for `serve`, taken by one thread that waits for them
/// (`sigwait`), not by libdispatch's signal sources, whose worker pool would then wake the
/// process once a second for as long as it runs.
///
/// `takeOver()` blocks them first thing in `main`, before any other thread exists, so every
/// thread inherits the mask: a signal is never delivered to a handler, it waits, pending, for
/// the signal thread. So one that comes early cannot end the process: a SIGHUP before READY
/// is noted and reloaded once the daemon is ready, a SIGTERM ends it as soon as it can.
public enum ProcessSignals {
    private struct State {
        var terminate: (@Sendable (Int32) -> Void)?
        var earlyTermination: Int32?
        var hangUps: AsyncStream<Void>.Continuation?
        var earlyHangUp = false
    }

    private static let state = Mutex(State())
    private static let waitedFor: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// Blocks the signals for the calling thread and those it starts after, and starts the
    /// thread that waits for them. Call it once, first thing in `main`.
    public static func takeOver() {
        var set = signalSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { _ in ProcessSignals.waitForever() }, nil)
        precondition(started == 0, "cannot start the signal thread: \(started)")
        pthread_detach(thread)
    }

    /// Calls `handler` with the signal on each SIGTERM or SIGINT, on the signal thread (at
    /// once if one came before).
    public static func onTermination(_ handler: @escaping @Sendable (Int32) -> Void) {
        let early = state.withLock { state in
            state.terminate = handler
            return state.earlyTermination
        }
        if let early { handler(early) }
    }

    /// Every SIGHUP from now on, and whether one came since `takeOver()` and before this call.
    /// Without `takeOver()` (in tests) the stream never yields.
    static func hangUps() -> (cameEarly: Bool, stream: AsyncStream<Void>) {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let early = state.withLock { state in
            state.hangUps = continuation
            defer { state.earlyHangUp = false }
            return state.earlyHangUp
        }
        return (early, stream)
    }

    private static func waitForever() -> UnsafeMutableRawPointer? {
        var set = signalSet()
        while true {
            var signal: Int32 = 0
            guard sigwait(&set, &signal) == 0 else { continue }
            deliver(signal)
        }
    }

    private static func deliver(_ signal: Int32) {
        if signal == SIGHUP {
            state.withLock { state in
                if let hangUps = state.hangUps { hangUps.yield() } else { state.earlyHangUp = true }
            }
        } else {
            let handler = state.withLock { state in
                if state.terminate == nil { state.earlyTermination = signal }
                return state.terminate
            }
            handler?(signal)
        }
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in waitedFor { sigaddset(&set, signal) }
        return set
    }
}
