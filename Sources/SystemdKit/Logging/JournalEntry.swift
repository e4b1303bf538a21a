import CSystemd
import Glibc

/// A log record as the journal gets it: `MESSAGE` (with the metadata appended, so plain
/// `journalctl` shows it), `PRIORITY`, `SYSLOG_IDENTIFIER`, `LOGGER`, `CODE_*`, and each metadata
/// key as a field of its own (`desk` → `DESK=3`) for `journalctl DESK=3`.
struct JournalEntry {
    /// The `NAME=value` fields.
    let fields: [String]

    /// The fields this handler sets itself; metadata keys that would collide get a `META_` prefix.
    static let ownFields: Set<String> = ["MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "LOGGER", "CODE_FILE", "CODE_LINE", "CODE_FUNC"]

    init(_ record: LogRecord, identifier: String) {
        var fields = [
            "MESSAGE=\(record.text)",
            "PRIORITY=\(record.priority.rawValue)",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "LOGGER=\(record.label)",
            "CODE_FILE=\(record.file)",
            "CODE_LINE=\(record.line)",
            "CODE_FUNC=\(record.function)",
        ]
        for (key, value) in record.metadata {
            guard let name = Self.fieldName(forMetadataKey: key) else { continue }
            fields.append("\(name)=\(value)")
        }
        self.fields = fields
    }

    /// A journal field name for a metadata key: uppercase ASCII letters, digits and `_`, other
    /// characters as `_`, no leading `_` (reserved for trusted fields) or digit, at most 64
    /// characters. Nil when nothing usable is left.
    static func fieldName(forMetadataKey key: String) -> String? {
        var name = String(key.uppercased().unicodeScalars.map { scalar -> Character in
            ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        })
        name = String(name.drop { $0 == "_" })
        guard let first = name.first else { return nil }
        if first.isNumber || ownFields.contains(name) { name = "META_" + name }
        return String(name.prefix(64))
    }

    /// Whether journald's native socket exists.
    static var journalIsReachable: Bool { access("/run/systemd/journal/socket", F_OK) == 0 }

    /// Sends the entry to journald; false when it failed. (libsystemd reports success when
    /// journald is not running at all: see `journalIsReachable`.)
    func send() -> Bool {
        var storage = [UInt8]()
        var ranges = [Range<Int>]()
        for field in fields {
            let start = storage.count
            storage.append(contentsOf: field.utf8)
            ranges.append(start..<storage.count)
        }
        return storage.withUnsafeMutableBytes { bytes in
            let vectors = ranges.map { iovec(iov_base: bytes.baseAddress! + $0.lowerBound, iov_len: $0.count) }
            return vectors.withUnsafeBufferPointer { sd_journal_sendv($0.baseAddress, CInt($0.count)) } == 0
        }
    }
}
