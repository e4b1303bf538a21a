import Glibc

/// The context switches of every thread of a process (`/proc/<pid>/task/*/status`): their
/// growth over an idle period counts the server's wake-ups.
enum ContextSwitches {
    static func total(pid: Int32) -> Int? {
        perThread(pid: pid).map { $0.values.reduce(0, +) }
    }

    /// Switches since `before` (a `perThread` reading): threads that exited meanwhile drop
    /// out instead of making the count go down; new threads count from zero.
    static func since(_ before: [Int: Int], pid: Int32) -> Int? {
        perThread(pid: pid).map { now in now.reduce(0) { $0 + $1.value - (before[$1.key] ?? 0) } }
    }

    /// Context switches by thread id.
    static func perThread(pid: Int32) -> [Int: Int]? {
        guard let threads = ThreadNames.threadIDs(pid: pid) else { return nil }
        var total: [Int: Int] = [:]
        for tid in threads {
            guard let text = SystemFiles.read("/proc/\(pid)/task/\(tid)/status") else { continue }
            total[tid] = count(in: text)
        }
        return total
    }

    /// `voluntary_ctxt_switches` + `nonvoluntary_ctxt_switches` of one status file.
    static func count(in status: String) -> Int {
        status.split(separator: "\n").reduce(0) { sum, line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 2, fields[0].hasSuffix("ctxt_switches:"), let value = Int(fields[1]) else { return sum }
            return sum + value
        }
    }
}
