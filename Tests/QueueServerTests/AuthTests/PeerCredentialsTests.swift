import Glibc
import NIOCore
import NIOPosix
import Testing

@testable import QueueServer

@Suite struct PeerCredentialsTests {
    @Test func theKernelTellsWhoConnectedToTheUnixSocket() async throws {
        let directory = try AuthFixtures.temporaryDirectory()
        defer { AuthFixtures.removeDirectory(directory) }
        let path = directory + "/queue.sock"
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let received = group.next().makePromise(of: PeerCredentials.self)
        let server = try await ServerBootstrap(group: group)
            .childChannelInitializer { channel in
                received.completeWith(PeerCredentials.read(from: channel))
                return channel.eventLoop.makeSucceededVoidFuture()
            }
            .bind(unixDomainSocketPath: path)
            .get()
        let client = try await ClientBootstrap(group: group).connect(unixDomainSocketPath: path).get()
        let credentials = try await received.futureResult.get()
        try await client.close()
        try await server.close()
        try await group.shutdownGracefully()
        #expect(credentials == PeerCredentials(pid: getpid(), uid: getuid(), gid: getgid()))
    }

}
