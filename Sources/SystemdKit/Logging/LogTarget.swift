import Glibc

/// Where a daemon's logs should go: the journal, stderr, or decided from how it was started
/// (`--log-target auto|journal|stderr`).
public enum LogTarget: String, Sendable, CaseIterable {
    /// The journal when running under systemd, else stderr.
    case auto
    case journal
    case stderr

    /// Whether `auto` means the journal: the process runs as a systemd service, that is
    /// `JOURNAL_STREAM` names the file stderr is (`device:inode`), or `INVOCATION_ID` is set.
    static func runsUnderSystemd(environment: (String) -> String?, stderrIdentity: (device: UInt64, inode: UInt64)?) -> Bool {
        if environment("INVOCATION_ID") != nil { return true }
        guard let stream = environment("JOURNAL_STREAM"), let identity = stderrIdentity else { return false }
        return stream == "\(identity.device):\(identity.inode)"
    }

    /// The device and inode of the file on stderr, as `JOURNAL_STREAM` writes them.
    static func stderrIdentity() -> (device: UInt64, inode: UInt64)? {
        var status = stat()
        guard fstat(STDERR_FILENO, &status) == 0 else { return nil }
        return (UInt64(status.st_dev), UInt64(status.st_ino))
    }
}
