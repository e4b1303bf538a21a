import Glibc

/// The single-writer guarantee across processes: an exclusive `flock` on `<database>.lock`,
/// held while a `QueueStore` is open. A second server started on the same database is refused
/// at once instead of interleaving its events. The kernel drops the lock when the process dies,
/// so a crash never leaves the database locked.
final class WriterLock {
    private var fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    static func acquire(for database: String) throws(StoreError) -> WriterLock {
        let path = database + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            let kind: StoreError.Kind = errno == EACCES || errno == EROFS || errno == EPERM ? .readOnly : .cannotOpen
            throw StoreError(
                kind, "cannot create the lock file \(path) (\(reason)); the server's user must be able to write there",
                path: database)
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(fd)
            throw StoreError(
                .busy,
                busy
                    ? "another queue server is already writing this database; stop it first (one server per database)"
                    : "cannot lock \(path) (\(reason))", path: database)
        }
        return WriterLock(fd: fd)
    }

    func release() {
        guard fd >= 0 else { return }
        // Unlock explicitly: a child process forked meanwhile (before its exec) may share the
        // descriptor, and closing ours alone would then leave the database locked.
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
