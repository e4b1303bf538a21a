import Glibc
import QueueCore

/// The system's time zone database (`/usr/share/zoneinfo`, or `$TZDIR`) and the machine's own
/// zone (`/etc/localtime`).
public enum ZoneInfo {
    public static let defaultDirectory = "/usr/share/zoneinfo"
    public static let localTimePath = "/etc/localtime"

    /// The TZif bytes of zone `name` (`Europe/Brussels`), or nil when there is no such zone.
    public static func bytes(of name: String, environment: [String: String] = [:]) -> [UInt8]? {
        guard TimeZoneReader.isPlausibleName(name) else { return nil }
        let directory = environment["TZDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultDirectory
        return try? SystemFile.read(directory + "/" + name).get()
    }

    /// The machine's zone, named after the zoneinfo file `/etc/localtime` links to
    /// (`Europe/Brussels`), or `localtime` when it is a copy; nil when there is none or it is
    /// not a TZif file (the caller falls back to UTC and says so).
    public static func local(path: String = localTimePath) -> Result<TimeZoneRules, TimeZoneError> {
        let bytes: [UInt8]
        switch SystemFile.read(path) {
        case .success(let read): bytes = read
        case .failure(let error): return .failure(TimeZoneError("\(path) cannot be read: \(error.reason)"))
        }
        var name = "localtime"
        if let target = SystemFile.linkTarget(path), let range = target.ranges(of: "zoneinfo/").last {
            name = String(target[range.upperBound...])
        }
        do throws(TimeZoneError) {
            return .success(try TimeZoneRules(identifier: name, tzif: bytes))
        } catch {
            return .failure(error)
        }
    }
}
