import CSQLite

extension StoreError {
    /// The error for SQLite result code `rc` met while `doing` something, with advice an admin
    /// can act on; `detail` is SQLite's own message.
    static func sqlite(_ rc: Int32, detail: String?, doing: String, path: String) -> StoreError {
        let (kind, advice) = explain(rc)
        var message = "\(doing): \(advice)"
        if let detail, !detail.isEmpty, detail != "not an error" { message += " [\(detail)]" }
        return StoreError(kind, message, code: rc, path: path)
    }

    /// What a primary result code means for the person running the server.
    static func explain(_ rc: Int32) -> (Kind, String) {
        switch rc & 0xff {
        case SQLITE_FULL:
            (.diskFull, "the disk is full; free some space (nothing of this operation was saved)")
        case SQLITE_READONLY:
            (.readOnly, "the database file or its directory is read-only; the server's user must be able to write both")
        case SQLITE_PERM, SQLITE_AUTH:
            (.readOnly, "permission denied; the server's user must be able to read and write the file and its directory")
        case SQLITE_CANTOPEN:
            (.cannotOpen,
             "the file cannot be opened or created; check that the directory exists and that the server's user may write there")
        case SQLITE_NOTADB:
            (.notAQueueDatabase, "this file is not an SQLite database, so not a queue database")
        case SQLITE_CORRUPT:
            (.corrupt, "the database is damaged; stop the server and restore the latest backup")
        case SQLITE_BUSY, SQLITE_LOCKED:
            (.busy, "another program holds the database locked; is a second server running on the same file?")
        case SQLITE_IOERR:
            (.io, "the disk reported an input/output error; check the disk and the system log")
        case SQLITE_CONSTRAINT:
            (.misuse, "a stored row would be duplicated (a sequence number already used)")
        case SQLITE_NOMEM:
            (.io, "the server ran out of memory")
        default:
            (.io, String(cString: sqlite3_errstr(rc)))
        }
    }
}
