import Glibc

/// Raises this process's open-file limit to its hard maximum: 1,000 displays need more than
/// the usual soft limit of 1,024 descriptors, on the bench's side and (inherited) the server's.
enum ResourceLimits {
    @discardableResult
    static func raiseOpenFiles() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return -1 }
        limit.rlim_cur = limit.rlim_max
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        return Int(limit.rlim_cur)
    }
}
