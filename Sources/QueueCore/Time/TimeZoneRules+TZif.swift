extension TimeZoneRules {
    /// Reads the bytes of a TZif file (RFC 8536, versions 1 to 4), as found in
    /// `/usr/share/zoneinfo/Europe/Brussels`. The caller reads the file; this only interprets it.
    /// Version 2+ files are read from their 64-bit block and footer rule; leap seconds are ignored.
    public init(identifier: String, tzif bytes: some Collection<UInt8>) throws(TimeZoneError) {
        var reader = TZifReader(Array(bytes))
        let first = try reader.header()
        var header = first
        var timeSize = 4
        if first.version >= 2 {
            try reader.skip(first.blockSize(timeSize: 4))
            header = try reader.header()
            timeSize = 8
        }
        var times: [Int64] = []
        times.reserveCapacity(header.timeCount)
        for _ in 0..<header.timeCount { times.append(try reader.time(size: timeSize)) }
        var typeIndices: [Int] = []
        for _ in 0..<header.timeCount { typeIndices.append(Int(try reader.byte())) }
        var offsets: [Int32] = []
        for _ in 0..<header.typeCount {
            let offset = try reader.int32()
            _ = try reader.byte()  // isdst
            _ = try reader.byte()  // designation index
            guard offset != Int32.min else { throw TimeZoneError("a UTC offset of -2^31 seconds") }
            offsets.append(offset)
        }
        try reader.skip(header.characterCount + header.leapCount * (timeSize + 4) + header.standardCount + header.utCount)
        guard typeIndices.allSatisfy({ $0 < offsets.count }) else {
            throw TimeZoneError("a transition names a local time type that does not exist")
        }
        guard zip(times, times.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw TimeZoneError("transition times are not in increasing order")
        }
        let transitions = zip(times, typeIndices).map { Transition(at: $0, offset: offsets[$1]) }
        let footer = first.version >= 2 ? try reader.footer() : nil
        self.init(identifier: identifier, initialOffset: offsets[0], transitions: transitions, footer: footer)
    }

    /// A zone given by a POSIX `TZ` rule alone, such as `CET-1CEST,M3.5.0,M10.5.0/3`.
    public init(identifier: String, posixRule: String) throws(TimeZoneError) {
        guard let rule = PosixTimeZoneRule(posixRule) else { throw TimeZoneError("cannot read the rule '\(posixRule)'") }
        self.init(identifier: identifier, initialOffset: rule.standardOffset, transitions: [], footer: rule)
    }
}

/// The counts at the start of each TZif data block.
struct TZifHeader {
    var version: Int
    var utCount: Int
    var standardCount: Int
    var leapCount: Int
    var timeCount: Int
    var typeCount: Int
    var characterCount: Int

    /// Bytes of the data block that follows this header.
    func blockSize(timeSize: Int) -> Int {
        timeCount * timeSize + timeCount + typeCount * 6 + characterCount + leapCount * (timeSize + 4)
            + standardCount + utCount
    }
}

/// Big-endian reads over a TZif file's bytes, each failing with a `TimeZoneError` at the end.
struct TZifReader {
    private let bytes: [UInt8]
    private var index = 0
    /// Far more than any real zone has; keeps a corrupt count from asking for gigabytes.
    private static let countLimit = 1 << 16

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func header() throws(TimeZoneError) -> TZifHeader {
        guard index + 44 <= bytes.count, bytes[index..<index + 4].elementsEqual("TZif".utf8) else {
            throw TimeZoneError("not a TZif file")
        }
        let versionByte = bytes[index + 4]
        let version: Int
        switch versionByte {
        case 0: version = 1
        case UInt8(ascii: "2")...UInt8(ascii: "9"): version = Int(versionByte - UInt8(ascii: "0"))
        default: throw TimeZoneError("unknown TZif version byte \(versionByte)")
        }
        try skip(20)
        var counts: [Int] = []
        for _ in 0..<6 {
            let count = Int(try uint32())
            guard count <= Self.countLimit else { throw TimeZoneError("implausible count \(count)") }
            counts.append(count)
        }
        let header = TZifHeader(
            version: version, utCount: counts[0], standardCount: counts[1], leapCount: counts[2],
            timeCount: counts[3], typeCount: counts[4], characterCount: counts[5])
        guard header.typeCount >= 1 else { throw TimeZoneError("no local time types") }
        return header
    }

    /// The footer of a version 2+ file: a POSIX rule between two newlines (empty: none).
    mutating func footer() throws(TimeZoneError) -> PosixTimeZoneRule? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\n") else { throw TimeZoneError("missing footer") }
        guard let end = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "\n")) else {
            throw TimeZoneError("unterminated footer")
        }
        let text = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        index = end + 1
        if text.isEmpty { return nil }
        guard let rule = PosixTimeZoneRule(text) else { throw TimeZoneError("cannot read the footer rule '\(text)'") }
        return rule
    }

    mutating func skip(_ count: Int) throws(TimeZoneError) {
        guard count <= bytes.count - index else { throw TimeZoneError("file ends early") }
        index += count
    }

    mutating func byte() throws(TimeZoneError) -> UInt8 {
        guard index < bytes.count else { throw TimeZoneError("file ends early") }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func uint32() throws(TimeZoneError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 { value = value << 8 | UInt32(try byte()) }
        return value
    }

    mutating func int32() throws(TimeZoneError) -> Int32 { Int32(bitPattern: try uint32()) }

    mutating func time(size: Int) throws(TimeZoneError) -> Int64 {
        if size == 4 { return Int64(try int32()) }
        let high = UInt64(try uint32())
        return Int64(bitPattern: high << 32 | UInt64(try uint32()))
    }
}
