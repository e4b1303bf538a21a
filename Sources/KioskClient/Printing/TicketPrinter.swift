import Glibc

/// Sends tickets to an ESC/POS printer device (`/dev/usb/lp0`) or appends them to a file. A
/// missing printer, one out of paper, or a failed write is reported, never thrown: the kiosk
/// still shows the ticket on screen.
public struct TicketPrinter: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// What happened to a print job.
    public enum Outcome: Hashable, Sendable {
        case printed
        case missing(String)
        case outOfPaper
        case failed(String)

        public var isPrinted: Bool { self == .printed }
    }

    /// Linux `LPGETSTATUS` (linux/lp.h): the printer's status byte; bit 0x20 is paper out.
    static let lpGetStatus: UInt = 0x060B
    static let paperOut: Int32 = 0x20

    /// Writes `bytes` in one go. Blocking but short: the device is opened non-blocking, so a
    /// stuck printer fails the job instead of hanging the kiosk.
    public func print(_ bytes: [UInt8]) -> Outcome {
        // A device must exist; a file (tests, a spool) is created.
        let create = path.hasPrefix("/dev/") ? 0 : O_CREAT
        let descriptor = open(path, O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC | create, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            return errno == ENOENT || errno == ENODEV || errno == ENXIO ? .missing(reason) : .failed(reason)
        }
        defer { close(descriptor) }
        var status: Int32 = 0
        if ioctl(descriptor, Self.lpGetStatus, &status) == 0, status & Self.paperOut != 0 { return .outOfPaper }
        var remaining = bytes[...]
        while !remaining.isEmpty {
            let count = remaining.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                return errno == EAGAIN ? .failed("the printer is not ready") : .failed(String(cString: strerror(errno)))
            }
            remaining = remaining.dropFirst(count)
        }
        return .printed
    }
}
