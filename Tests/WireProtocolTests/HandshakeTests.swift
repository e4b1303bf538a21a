import Testing
import WireProtocol

@Suite("Handshake")
struct HandshakeTests {
    static func hello(_ min: UInt32, _ max: UInt32) -> WireHello {
        .with {
            $0.minVersion = min
            $0.maxVersion = max
        }
    }

    @Test func versionIsTheHighestBothSpeak() {
        #expect(ProtocolVersion.negotiate(Self.hello(1, 1)) == 1)
        #expect(ProtocolVersion.negotiate(Self.hello(1, 5)) == 1)
        #expect(ProtocolVersion.negotiate(Self.hello(1, 5), supported: 1...3) == 3)
        #expect(ProtocolVersion.negotiate(Self.hello(2, 2), supported: 1...3) == 2)
    }

    @Test func noCommonVersionOrAnEmptyRangeFails() {
        #expect(ProtocolVersion.negotiate(Self.hello(2, 4)) == nil)
        #expect(ProtocolVersion.negotiate(Self.hello(0, 0)) == nil)
        #expect(ProtocolVersion.negotiate(Self.hello(3, 1), supported: 1...3) == nil)
        #expect(ProtocolVersion.negotiate(WireHello()) == nil)
    }

    @Test func rolesMapToTheWire() {
        for role in Role.allCases {
            #expect(Role(role.wire) == role)
        }
        #expect(Role(.unspecified) == nil)
        #expect(Role(.UNRECOGNIZED(9)) == nil)
        #expect(Role.allCases.filter(\.isStaff) == [.desk, .admin])
    }
}
