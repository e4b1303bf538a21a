import Glibc
import NIOCore
import NIOPosix
import SystemdKit
import Testing
import WireProtocol

@testable import QueueServer

@Suite struct LocalPeerTests {
    /// Tokens are configured, yet root on the Unix socket needs none (SO_PEERCRED); over TCP
    /// the same empty token is refused.
    @Test func rootOnTheUnixSocketIsAdminWithoutAToken() async throws {
        let server = try await TestServer()
        let tcp = try await server.connect()
        await #expect(throws: TestClient.Refused.self) { try await tcp.handshake(token: "") }
        if getuid() == 0 {
            let local = try await server.connectUnix()
            #expect(try await local.handshake(token: "").role == .admin)
            await local.close()
        }
        await server.stop()
    }
}

@Suite struct SocketActivationTests {
    /// A listening socket passed in (as systemd would, named `tcp`) is adopted, not rebound.
    @Test func anActivatedTCPSocketIsServed() async throws {
        // Close-on-exec, as systemd's own: processes other tests spawn must not inherit it.
        let fd = socket(AF_INET, CInt(SOCK_STREAM.rawValue) | CInt(SOCK_CLOEXEC.rawValue), 0)
        #expect(fd >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(bound == 0 && listen(fd, 8) == 0)

        let server = try await TestServer(listen: false)
        let activated = try ActivatedListeners([ActivatedSocket(fileDescriptor: fd, name: "tcp", kind: .tcpListener)])
        let listeners = try await server.listeners.start(addresses: [], activated: activated)
        #expect(listeners.count == 1)
        #expect(listeners[0].activated)
        let client = try await TestClient.connect(to: listeners[0].localAddress!, group: server.group)
        #expect(try await client.handshake(token: AuthFixtures.kioskToken).role == .kiosk)
        await client.close()
        await server.stop()
    }
}
