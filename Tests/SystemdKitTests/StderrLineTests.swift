import Logging
import Testing

@testable import SystemdKit

@Suite struct StderrLineTests {
    @Test func linesCarryThePriorityPrefixAndSortedMetadata() {
        let record = LogRecord.make("desk paused", level: .warning, metadata: ["service": "M", "desk": "3"])
        #expect(StderrLine.format(record) == "<4>desk paused desk=3 service=M\n")
    }

    @Test(arguments: [
        (Logger.Level.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3), (.critical, 2),
    ] as [(Logger.Level, Int32)])
    func levelsMapToSyslogPriorities(level: Logger.Level, priority: Int32) {
        #expect(SyslogPriority(level).rawValue == priority)
        #expect(StderrLine.format(LogRecord.make("x", level: level)) == "<\(priority)>x\n")
    }

    @Test func everyLineOfAMultiLineMessageKeepsItsPriority() {
        #expect(StderrLine.format(LogRecord.make("commit failed\ndisk full", level: .error)) == "<3>commit failed\n<3>disk full\n")
    }

    @Test func valuesThatWouldBreakTheLineAreQuotedAndEscaped() {
        let record = LogRecord.make("opened", metadata: ["path": "/var/lib/my queue", "note": "a \"b\"\nc", "empty": "", "eq": "a=b"])
        #expect(StderrLine.format(record) == #"<6>opened empty="" eq="a=b" note="a \"b\"\nc" path="/var/lib/my queue""# + "\n")
    }

    @Test func statementMetadataWinsOverProviderOverHandler() {
        let provider = Logger.MetadataProvider { ["peer": "provider", "connection": "7"] }
        let record = LogRecord.make(
            "hello", metadata: ["peer": "statement"], handlerMetadata: ["peer": "handler", "role": "desk"], provider: provider
        )
        #expect(record.text == "hello connection=7 peer=statement role=desk")
    }

    @Test func anAttachedErrorIsLogged() {
        struct DiskFull: Error, CustomStringConvertible { var description: String { "disk full" } }
        #expect(LogRecord.make("commit failed", level: .error, error: DiskFull()).text == #"commit failed error="disk full""#)
    }
}
