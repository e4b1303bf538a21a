import QueueMessages

/// A backend the daemon can stop: after the drain it is asked to finish its writes and close
/// the store (`QueueWriter`).
public protocol DaemonBackend: QueueBackend {
    /// The queue's status as the backend opened it, without waiting for any job: the `STATUS=`
    /// line sent with READY (the writer's first job, the day's retention, may take a while).
    var statusAtOpen: QueueStatus { get }
    func shutdown() async
}
