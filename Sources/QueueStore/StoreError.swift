/// Why the store could not do what was asked, in words a volunteer admin can act on: which
/// file, what went wrong (disk full, read-only, not a queue database, too new, corrupt), and the
/// SQLite result code for whoever debugs it.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The file or its directory cannot be opened or created (missing, permissions).
        case cannotOpen
        /// The disk (or the database's size limit) is full.
        case diskFull
        /// The file, its directory or the file system is read-only.
        case readOnly
        /// The file is not an SQLite database, or not one of this server.
        case notAQueueDatabase
        /// The database was written by a newer server, whose schema this one does not know.
        case newerSchema
        /// The database is damaged (a page, a stored message).
        case corrupt
        /// Another process holds the database locked beyond the busy timeout.
        case busy
        /// A setting (WAL, synchronous=FULL) could not be applied.
        case settingRefused
        /// The caller broke a rule of the store (a gap in the sequence numbers, a closed store).
        case misuse
        /// Any other SQLite failure.
        case io
    }

    public let kind: Kind
    public let message: String
    /// The SQLite (extended) result code, nil when the error is not SQLite's.
    public let code: Int32?
    public let path: String

    public init(_ kind: Kind, _ message: String, code: Int32? = nil, path: String) {
        self.kind = kind
        self.message = message
        self.code = code
        self.path = path
    }

    public var description: String {
        var text = "queue database \(path): \(message)"
        if let code { text += " (sqlite code \(code))" }
        return text
    }
}
