/// QueueCore: the rules of a walk-in queue for a low-threshold care centre, as a pure value
/// type (`QueueState`) driven by commands (`QueueCommand`) into events (`QueueEvent`).
///
/// No I/O, no clock, no randomness, no Foundation: everything from outside is passed in.
public enum QueueCoreVersion {
    public static let string = "1.0.0"
}
