/// A backend the daemon can stop: after the drain it is asked to finish its writes and close
/// the store (`QueueWriter`).
public protocol DaemonBackend: QueueBackend {
    func shutdown() async
}
