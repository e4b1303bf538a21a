import Glibc
import Synchronization

/// SIGHUP asks the daemon to reload its site file, but the signal's default action ends the
/// process: one that came before the daemon listened for it (before READY) killed the server.
/// So `serve` catches it from its very start, and a SIGHUP that comes before the daemon
/// listens is only noted; once ready, the daemon reloads once for it (however many came).
///
/// Catching, not blocking: with an async `main`, the main thread is not the one running our
/// code, and it is the one thread whose signal mask libdispatch leaves open, so a mask set
/// from `serve` would not cover it. A disposition is the process's. When the daemon listens
/// (`UnixSignalsSequence`), libdispatch installs its own handler in place of this one.
public enum HangUpSignal {
    private static let cameEarly = Atomic<Bool>(false)

    /// Catches SIGHUP for the whole process: from now on one only sets a flag, until
    /// libdispatch's handler replaces this one. Call it first thing in `serve`.
    public static func catchUntilReady() {
        // Initialised before the handler can run (no lazy initialisation inside a signal handler).
        _ = cameEarly.load(ordering: .relaxed)
        _ = signal(SIGHUP) { _ in HangUpSignal.cameEarly.store(true, ordering: .relaxed) }
    }

    /// Whether a SIGHUP came to this handler since the last call; clears the flag.
    static func takeEarly() -> Bool {
        cameEarly.exchange(false, ordering: .relaxed)
    }
}
