import Glibc

/// The names of a process's threads (`/proc/PID/task/TID/comm`): how a bench or a test sees
/// which pools a server runs, e.g. that no libdispatch worker ("…default-qos") ever started.
enum ThreadNames {
    static func of(pid: Int32) -> [String] {
        guard let directory = opendir("/proc/\(pid)/task") else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let tid = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard Int(tid) != nil, let comm = SystemFiles.read("/proc/\(pid)/task/\(tid)/comm") else { continue }
            names.append(String(comm.prefix { $0 != "\n" }))
        }
        return names.sorted()
    }

    /// Whether `name` is one of libdispatch's worker threads (named for their queue's QoS).
    static func isDispatchWorker(_ name: String) -> Bool {
        name.contains("qos") || name.hasPrefix("com.apple")
    }
}
