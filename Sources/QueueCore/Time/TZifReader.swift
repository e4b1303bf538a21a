/// A cursor over TZif bytes; every read checks the length first.
struct TZifReader {
    struct Header {
        var version: Int
        var utLocalCount, standardWallCount, leapCount, timeCount, typeCount, charCount: Int

        func dataLength(timeSize: Int) -> Int {
            timeCount * timeSize + timeCount + typeCount * 6 + charCount + leapCount * (timeSize + 4)
                + standardWallCount + utLocalCount
        }
    }

    struct Body {
        var offsets: [Int32]
        var transitions: [TimeZoneRules.Transition]
    }

    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skip(_ count: Int) throws(TimeZoneError) {
        guard count >= 0, bytes.count - position >= count else { throw TimeZoneError("the file is truncated") }
        position += count
    }

    mutating func integer(size: Int) throws(TimeZoneError) -> Int64 {
        guard bytes.count - position >= size else { throw TimeZoneError("the file is truncated") }
        var value: UInt64 = 0
        for byte in bytes[position..<position + size] { value = value << 8 | UInt64(byte) }
        position += size
        // Sign-extend from `size` bytes.
        let shift = UInt64(64 - size * 8)
        return Int64(bitPattern: value << shift) >> Int64(shift)
    }

    mutating func header() throws(TimeZoneError) -> Header {
        guard bytes.count - position >= 4, bytes[position..<position + 4].elementsEqual("TZif".utf8) else {
            throw TimeZoneError("not a TZif file")
        }
        guard bytes.count - position >= 44 else { throw TimeZoneError("the file is truncated") }
        let versionByte = bytes[position + 4]
        let version: Int
        switch versionByte {
        case 0: version = 1
        case UInt8(ascii: "2")...UInt8(ascii: "9"): version = Int(versionByte - UInt8(ascii: "0"))
        default: throw TimeZoneError("unknown TZif version byte \(versionByte)")
        }
        position += 20
        var counts: [Int] = []
        for _ in 0..<6 { counts.append(Int(try integer(size: 4))) }
        let header = Header(
            version: version, utLocalCount: counts[0], standardWallCount: counts[1], leapCount: counts[2],
            timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
        guard header.typeCount >= 1, header.typeCount <= 256, counts.allSatisfy({ (0...1 << 20).contains($0) }),
            header.utLocalCount == 0 || header.utLocalCount == header.typeCount,
            header.standardWallCount == 0 || header.standardWallCount == header.typeCount
        else { throw TimeZoneError("inconsistent header counts") }
        return header
    }

    mutating func body(_ header: Header, timeSize: Int) throws(TimeZoneError) -> Body {
        var times: [Int64] = []
        for _ in 0..<header.timeCount { times.append(try integer(size: timeSize)) }
        var indices: [Int] = []
        for _ in 0..<header.timeCount { indices.append(Int(try integer(size: 1)) & 0xFF) }
        var offsets: [Int32] = []
        for _ in 0..<header.typeCount {
            let offset = try integer(size: 4)
            guard (-89_999...93_599).contains(offset) else { throw TimeZoneError("UTC offset \(offset) s is out of range") }
            offsets.append(Int32(offset))
            try skip(2)  // isdst, designation index
        }
        try skip(header.charCount + header.leapCount * (timeSize + 4) + header.standardWallCount + header.utLocalCount)
        var transitions: [TimeZoneRules.Transition] = []
        for (time, index) in zip(times, indices) {
            guard index < offsets.count else { throw TimeZoneError("transition to unknown local time type \(index)") }
            guard transitions.last.map({ $0.at < time }) ?? true else {
                throw TimeZoneError("transition times are not in increasing order")
            }
            transitions.append(TimeZoneRules.Transition(at: time, offset: offsets[index]))
        }
        return Body(offsets: offsets, transitions: transitions)
    }

    /// The POSIX rule between the two newlines that end a version 2+ file ("" when empty).
    mutating func footer() throws(TimeZoneError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\n"),
            let end = bytes[(position + 1)...].firstIndex(of: UInt8(ascii: "\n"))
        else { throw TimeZoneError("the footer rule is missing") }
        let text = bytes[(position + 1)..<end]
        guard text.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { throw TimeZoneError("the footer rule is not ASCII") }
        position = end + 1
        return String(decoding: text, as: UTF8.self)
    }
}
