/// The daemon could not start (the store would not open, an address would not bind). It has
/// logged why, at critical, for the admin; the caller only has to exit non-zero, without
/// printing it a second time.
public struct DaemonStartFailure: Error, CustomStringConvertible {
    public let description: String
}
