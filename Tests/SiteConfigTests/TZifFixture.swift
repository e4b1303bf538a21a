/// Builds TZif version 2 files in memory, so time zone tests do not depend on the system's
/// tzdata.
enum TZifFixture {
    /// 2026 in Brussels: CET, CEST from 2026-03-29 01:00 UTC, CET from 2026-10-25 01:00 UTC,
    /// then the POSIX rule.
    static let brussels = make(
        offsets: [3600, 7200], transitions: [(1_774_746_000, 1), (1_792_890_000, 0)],
        footer: "CET-1CEST,M3.5.0,M10.5.0/3")

    static func make(offsets: [Int32], transitions: [(at: Int64, type: UInt8)], footer: String) -> [UInt8] {
        // Version 1 block: one type, no transitions (readers of version 2 skip it).
        var bytes = header(timeCount: 0, typeCount: 1, charCount: 1)
        bytes += [0, 0, 0, 0, 0, 0, 0]
        bytes += header(timeCount: transitions.count, typeCount: offsets.count, charCount: 1)
        for transition in transitions { bytes += bigEndian(UInt64(bitPattern: transition.at), size: 8) }
        bytes += transitions.map(\.type)
        for offset in offsets { bytes += bigEndian(UInt64(UInt32(bitPattern: offset)), size: 4) + [0, 0] }
        bytes += [0]
        bytes += Array("\n\(footer)\n".utf8)
        return bytes
    }

    static func header(timeCount: Int, typeCount: Int, charCount: Int) -> [UInt8] {
        var bytes = Array("TZif2".utf8) + [UInt8](repeating: 0, count: 15)
        for count in [0, 0, 0, timeCount, typeCount, charCount] { bytes += bigEndian(UInt64(count), size: 4) }
        return bytes
    }

    static func bigEndian(_ value: UInt64, size: Int) -> [UInt8] {
        (0..<size).reversed().map { UInt8(truncatingIfNeeded: value >> (UInt64($0) * 8)) }
    }
}
