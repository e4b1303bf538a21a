import Testing

@testable import QueueServer

@Suite struct PeerTests {
    @Test(arguments: [
        ("127.0.0.1", true), ("127.8.9.10", true), ("::1", true), ("::ffff:127.0.0.1", true),
        ("10.0.0.5", false), ("::ffff:10.0.0.5", false), ("2001:db8::1", false), ("::", false), ("128.0.0.1", false),
    ])
    func loopbackAddressesAreLocal(ip: String, isLocal: Bool) {
        #expect(AuthFixtures.network(ip).isLocal == isLocal)
    }

    @Test func unixSocketPeersAreLocal() {
        #expect(AuthFixtures.unix(uid: 1000).isLocal)
        #expect(Peer.unixSocket(nil).isLocal)
    }

    @Test func ratesAreCountedPerIPv4AddressIPv6NetworkAndUser() {
        #expect(AuthFixtures.network("10.0.0.5", port: 1).rateLimitKey == AuthFixtures.network("10.0.0.5", port: 2).rateLimitKey)
        #expect(AuthFixtures.network("10.0.0.5").rateLimitKey == .ipv4(0x0A00_0005))
        #expect(AuthFixtures.network("::ffff:10.0.0.5").rateLimitKey == .ipv4(0x0A00_0005))
        #expect(AuthFixtures.network("2001:db8:1:2::1").rateLimitKey == AuthFixtures.network("2001:db8:1:2:ffff::9").rateLimitKey)
        #expect(AuthFixtures.network("2001:db8:1:2::1").rateLimitKey == .ipv6Network(0x2001_0db8_0001_0002))
        #expect(AuthFixtures.network("2001:db8:1:3::1").rateLimitKey != AuthFixtures.network("2001:db8:1:2::1").rateLimitKey)
        #expect(AuthFixtures.unix(uid: 1000).rateLimitKey == .unixUser(1000))
        #expect(Peer.unixSocket(nil).rateLimitKey == .unixUnknown)
    }

    @Test func peersDescribeThemselvesForTheLogs() {
        #expect("\(AuthFixtures.network("10.0.0.5", port: 51234))" == "10.0.0.5:51234")
        #expect("\(AuthFixtures.network("2001:db8::1", port: 7878))" == "[2001:db8::1]:7878")
        #expect("\(AuthFixtures.unix(uid: 1000))" == "unix socket (uid 1000 gid 1000 pid 4242)")
    }
}
