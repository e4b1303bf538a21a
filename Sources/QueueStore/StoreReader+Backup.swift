import CSQLite
import Glibc

extension StoreReader {
    /// A consistent copy of the live database at `destination`, taken with SQLite's online
    /// backup while the writer goes on. The copy is written beside the destination and renamed
    /// over it once complete, so a failed backup never leaves a half-written file. Refuses to
    /// write over the live database or its WAL.
    public func backup(to destination: String) throws(StoreError) {
        let source = try live()
        for live in [path, path + "-wal", path + "-shm"] where destination == live || Self.sameFile(destination, live) {
            throw StoreError(
                .misuse, "the backup destination \(destination) is the live database; choose another file", path: path)
        }
        let partial = destination + ".partial"
        unlink(partial)
        let copy = try SQLiteConnection.open(path: partial, readOnly: false)
        do {
            try Self.copy(from: source, to: copy)
            copy.close()
            try Self.publish(partial, as: destination, livePath: path)
        } catch {
            copy.close()
            unlink(partial)
            throw error
        }
    }

    /// Runs the online backup to completion (one step: one read transaction, one consistent view).
    static func copy(from source: SQLiteConnection, to copy: SQLiteConnection) throws(StoreError) {
        guard let backup = sqlite3_backup_init(copy.handle, "main", source.handle, "main") else {
            throw copy.error(sqlite3_errcode(copy.handle), "cannot start the backup")
        }
        var rc = SQLITE_OK
        var attempts = 0
        repeat {
            rc = sqlite3_backup_step(backup, -1)
            if rc == SQLITE_BUSY || rc == SQLITE_LOCKED {
                attempts += 1
                sqlite3_sleep(50)
            }
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && attempts < 200
        let finish = sqlite3_backup_finish(backup)
        guard rc == SQLITE_DONE else { throw copy.error(rc == SQLITE_DONE ? finish : rc, "the backup failed") }
        guard finish == SQLITE_OK else { throw copy.error(finish, "the backup failed") }
    }

    /// Renames the finished copy into place and syncs the directory, so the name survives a power cut.
    static func publish(_ partial: String, as destination: String, livePath: String) throws(StoreError) {
        guard rename(partial, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            throw StoreError(.io, "cannot move the backup into place at \(destination): \(reason)", path: livePath)
        }
        let directory = destination.contains("/") ? String(destination[..<destination.lastIndex(of: "/")!]) : "."
        let fd = Glibc.open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY)
        if fd >= 0 {
            fsync(fd)
            Glibc.close(fd)
        }
    }

    /// Whether two paths name the same existing file (same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}
