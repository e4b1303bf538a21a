import Glibc
import NIOCore

@testable import QueueServer

/// Tokens and peers shared by the auth tests.
enum AuthFixtures {
    static let kioskToken = "kiosk-secret-0123456789"
    static let deskToken = "desk-secret-abcdefghij"
    static let adminToken = "admin-secret-ZYXWVUTSRQ"

    static let tokensFile = """
        # role    name        token
        kiosk     kiosk-hall  \(kioskToken)

        desk\troom-2\t\(deskToken)\r
        admin     volunteer   \(adminToken)
        """

    static func store() throws -> TokenStore {
        try TokenStore(parsing: tokensFile, source: "/etc/queue-server/tokens")
    }

    static func token(_ text: String) -> AccessToken {
        AccessToken(presented: text)!
    }

    static func network(_ ip: String, port: Int = 40000) -> Peer {
        .network(try! SocketAddress(ipAddress: ip, port: port))
    }

    /// A fresh private directory under /tmp.
    static func temporaryDirectory() throws -> String {
        var template = Array("/tmp/auth-test-XXXXXX".utf8CString)
        guard let path = mkdtemp(&template) else { throw CannotCreateDirectory() }
        return String(cString: path)
    }

    struct CannotCreateDirectory: Error {}

    /// Removes `directory` and the files in it (the tests' directories hold no subdirectories).
    static func removeDirectory(_ directory: String) {
        if let stream = opendir(directory) {
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { unlink(directory + "/" + name) }
            }
            closedir(stream)
        }
        rmdir(directory)
    }

    static func unix(uid: UInt32) -> Peer {
        .unixSocket(PeerCredentials(pid: 4242, uid: uid, gid: uid))
    }
}
