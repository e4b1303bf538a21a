import CSystemd
import Glibc

/// Socket activation: the sockets systemd opened for this service (`LISTEN_FDS`, `LISTEN_PID`,
/// `LISTEN_FDNAMES`), so the service can start listening before it runs and restart without
/// refusing a single connection.
public enum SocketActivation {
    /// Takes the passed sockets, in the order of the socket unit, and unsets the `LISTEN_*`
    /// variables so child processes do not take them again. Marks each descriptor close-on-exec.
    /// Empty when the process was not socket-activated.
    public static func takeSockets() throws(SocketActivationError) -> [ActivatedSocket] {
        var names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = sd_listen_fds_with_names(1, &names)
        defer { free(names) }
        guard count >= 0 else { throw .invalidEnvironment(errno: -count) }
        return (0..<Int(count)).map { index in
            let fileDescriptor = SD_LISTEN_FDS_START + CInt(index)
            let name = names?[index].map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            }
            return ActivatedSocket(
                fileDescriptor: fileDescriptor,
                name: name ?? "unknown",
                kind: ActivatedSocket.kind(of: fileDescriptor)
            )
        }
    }
}
