import Testing

@testable import SystemdKit

@Suite struct NotifyStateTests {
    @Test func statesEncodeAsSystemdExpects() {
        let message = NotifyState.message(
            [.ready, .status("serving"), .watchdog, .stopping, .mainPID(42), .extendTimeout(.seconds(90))],
            monotonicNow: 0
        )
        #expect(message == "READY=1\nSTATUS=serving\nWATCHDOG=1\nSTOPPING=1\nMAINPID=42\nEXTEND_TIMEOUT_USEC=90000000")
    }

    @Test func reloadingCarriesTheMonotonicTime() {
        #expect(NotifyState.message([.reloading], monotonicNow: 123_456) == "RELOADING=1\nMONOTONIC_USEC=123456")
    }

    @Test func statusIsKeptOnOneLine() {
        let message = NotifyState.message([.status("database\nlocked\r\n\0again\tnow")], monotonicNow: 0)
        #expect(message == "STATUS=database locked   again now")
    }

    @Test func durationsRoundDownToMicroseconds() {
        #expect(Duration.nanoseconds(1_999).wholeMicroseconds == 1)
        #expect(Duration.milliseconds(1_500).wholeMicroseconds == 1_500_000)
        #expect(Duration.seconds(-1).wholeMicroseconds == 0)
    }
}
