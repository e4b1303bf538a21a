import Glibc

/// The names of a process's threads (`/proc/PID/task/TID/comm`): how a bench or a test sees
/// which pools a server runs, e.g. that no libdispatch worker ("…default-qos") ever started.
enum ThreadNames {
    static func of(pid: Int32) -> [String] {
        let names = (threadIDs(pid: pid) ?? []).compactMap { tid in
            SystemFiles.read("/proc/\(pid)/task/\(tid)/comm").map { String($0.prefix { $0 != "\n" }) }
        }
        return names.sorted()
    }

    /// The ids of the process's threads (`/proc/PID/task`); nil when it is gone.
    static func threadIDs(pid: Int32) -> [Int]? {
        guard let directory = opendir("/proc/\(pid)/task") else { return nil }
        defer { closedir(directory) }
        var ids: [Int] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if let tid = Int(name) { ids.append(tid) }
        }
        return ids
    }

    /// Whether `name` is one of libdispatch's worker threads (named for their queue's QoS).
    static func isDispatchWorker(_ name: String) -> Bool {
        name.contains("qos") || name.hasPrefix("com.apple")
    }
}
