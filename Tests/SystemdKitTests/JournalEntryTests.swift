import Testing

@testable import SystemdKit

@Suite struct JournalEntryTests {
    @Test func entryHasPriorityIdentifierCodeLocationAndMetadataFields() {
        let record = LogRecord.make("ticket issued", level: .notice, metadata: ["service": "M", "desk-id": "3"])
        #expect(JournalEntry(record, identifier: "queue-server").fields == [
            "MESSAGE=ticket issued desk-id=3 service=M",
            "PRIORITY=5",
            "SYSLOG_IDENTIFIER=queue-server",
            "LOGGER=queue.writer",
            "CODE_FILE=QueueServer/Writer.swift",
            "CODE_LINE=42",
            "CODE_FUNC=commit()",
            "DESK_ID=3",
            "SERVICE=M",
        ])
    }

    @Test(arguments: [
        ("desk", "DESK"), ("peer.address", "PEER_ADDRESS"), ("_hidden", "HIDDEN"), ("2fa", "META_2FA"),
        ("message", "META_MESSAGE"), ("priority", "META_PRIORITY"), ("café", "CAF_"), ("___", nil), ("", nil),
        (String(repeating: "k", count: 80), String(repeating: "K", count: 64)),
    ] as [(String, String?)])
    func metadataKeysBecomeValidFieldNames(key: String, field: String?) {
        #expect(JournalEntry.fieldName(forMetadataKey: key) == field)
    }
}
