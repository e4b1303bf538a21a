import Glibc
import NIOCore
import SiteConfig

/// An address the server could not listen on, said so that an admin knows what to change.
public struct BindFailure: Error, CustomStringConvertible {
    public let address: ListenAddress
    /// The `errno` of the failed call, when there was one.
    public let errorNumber: CInt?
    let underlying: String

    init(address: ListenAddress, error: any Error) {
        self.address = address
        self.errorNumber = (error as? IOError)?.errnoCode
        self.underlying = "\(error)"
    }

    public var description: String {
        guard let errorNumber else { return "\(address): \(underlying)" }
        let reason = "\(address): \(String(cString: strerror(errorNumber))) (errno \(errorNumber))"
        switch (errorNumber, address) {
        case (EADDRINUSE, _):
            return reason + "; another program (or another queue-server) listens there: stop it, or choose another address"
        case (EACCES, .tcp(_, let port)) where port < 1024:
            return reason + "; ports below 1024 need root or CAP_NET_BIND_SERVICE: use a port from 1024 up, like 7878"
        case (EACCES, .unix), (ENOENT, .unix):
            return reason + "; the socket's directory must exist and the server's user must be able to write in it"
        case (EADDRNOTAVAIL, _):
            return reason + "; no network interface of this machine has that address"
        default:
            return reason
        }
    }
}
