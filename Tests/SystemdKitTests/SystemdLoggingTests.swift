import Logging
import Testing

@testable import SystemdKit

@Suite struct SystemdLoggingTests {
    static func underSystemd(_ variables: [String: String], stderr: (device: UInt64, inode: UInt64)? = (64769, 1234)) -> Bool {
        LogTarget.runsUnderSystemd(environment: { variables[$0] }, stderrIdentity: stderr)
    }

    @Test func journalStreamMatchingStderrMeansSystemd() {
        #expect(Self.underSystemd(["JOURNAL_STREAM": "64769:1234"]))
    }

    @Test func journalStreamInheritedByAnotherStderrDoesNot() {
        #expect(!Self.underSystemd(["JOURNAL_STREAM": "64769:999"]))
        #expect(!Self.underSystemd(["JOURNAL_STREAM": "64769:1234"], stderr: nil))
    }

    @Test func invocationIDMeansSystemd() {
        #expect(Self.underSystemd(["INVOCATION_ID": "5c1b0a2e8d7f4e0c9b3a2d1e0f9c8b7a"]))
    }

    @Test func aTerminalIsNotSystemd() {
        #expect(!Self.underSystemd(["TERM": "xterm"]))
    }

    @Test(arguments: [
        (LogTarget.auto, true, true, SystemdLogHandler.Destination.journal(identifier: "q")),
        (.auto, false, true, .stderr),
        (.auto, true, false, .stderr),
        (.journal, false, true, .journal(identifier: "q")),
        (.journal, true, false, .stderr),
        (.stderr, true, true, .stderr),
    ])
    func targetResolvesToADestinationThatCannotLoseRecords(
        target: LogTarget, underSystemd: Bool, journalReachable: Bool, destination: SystemdLogHandler.Destination
    ) {
        let resolved = SystemdLogging.destination(
            for: target, identifier: "q", underSystemd: underSystemd, journalReachable: journalReachable
        )
        #expect(resolved == destination)
    }

    @Test func logLevelsParseInAnyCase() throws {
        #expect(try SystemdLogging.parseLevel("DEBUG") == .debug)
        #expect(try SystemdLogging.parseLevel("warning") == .warning)
        let error = #expect(throws: LogLevelError.self) { try SystemdLogging.parseLevel("loud") }
        #expect(error?.description == "unknown log level 'loud'; use one of trace, debug, info, notice, warning, error, critical")
    }
}
