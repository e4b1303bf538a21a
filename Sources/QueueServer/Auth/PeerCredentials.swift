import Glibc
import NIOCore

/// Who is at the other end of a Unix-socket connection, as the kernel vouches (`SO_PEERCRED`):
/// the process, user and group that connected. Root and the server's own user may act as
/// admin without a token (see `AuthPolicy`).
public struct PeerCredentials: Hashable, Sendable, CustomStringConvertible {
    public let pid: Int32
    public let uid: UInt32
    public let gid: UInt32

    public init(pid: Int32, uid: UInt32, gid: UInt32) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    public var description: String { "uid \(uid) gid \(gid) pid \(pid)" }

    /// The credentials of the peer of a Unix-socket `channel` (a NIOPosix socket channel).
    public static func read(from channel: any Channel) -> EventLoopFuture<PeerCredentials> {
        guard let provider = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeFailedFuture(PeerCredentialsUnavailable())
        }
        return readOption(provider).map { PeerCredentials(pid: $0.pid, uid: $0.uid, gid: $0.gid) }
    }

    /// Kept internal and not inlinable: NIO asks that `unsafeGetSocketOption` with a C-layout
    /// value be called only from such functions.
    private static func readOption(_ provider: any SocketOptionProvider) -> EventLoopFuture<UCred> {
        provider.unsafeGetSocketOption(level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
    }

    /// The layout of Linux's `struct ucred`, which Glibc's Swift module does not export.
    private struct UCred: Sendable {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
    }
}

/// The channel is not a socket whose options can be read.
public struct PeerCredentialsUnavailable: Error, CustomStringConvertible {
    public var description: String { "the connection's peer credentials cannot be read" }
}
