/// The daemon runs the single writer and stops it after the drain.
extension QueueWriter: DaemonBackend {}
