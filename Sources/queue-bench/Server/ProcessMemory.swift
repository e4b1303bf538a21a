/// A process's resident memory from `/proc/<pid>/status`: `VmRSS` now and `VmHWM`, its peak.
struct ProcessMemory: Sendable, Hashable {
    var residentKiB: Int
    var peakKiB: Int

    var residentMiB: Double { Double(residentKiB) / 1024 }
    var peakMiB: Double { Double(peakKiB) / 1024 }

    /// Nil when the process is gone or the file has no such lines.
    init?(pid: Int32) {
        guard let text = SystemFiles.read("/proc/\(pid)/status") else { return nil }
        self.init(status: text)
    }

    /// Parses the text of a `/proc/<pid>/status` file.
    init?(status text: String) {
        var rss: Int?
        var hwm: Int?
        for line in text.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let value = Int(fields[1]) else { continue }
            if fields[0] == "VmRSS:" { rss = value }
            if fields[0] == "VmHWM:" { hwm = value }
        }
        guard let rss, let hwm else { return nil }
        residentKiB = rss
        peakKiB = hwm
    }
}
