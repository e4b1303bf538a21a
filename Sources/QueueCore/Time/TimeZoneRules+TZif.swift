extension TimeZoneRules {
    /// Reads the bytes of a TZif file (RFC 8536, versions 1 to 4), such as
    /// `/usr/share/zoneinfo/Europe/Brussels`; the caller reads the file.
    ///
    /// Version 2 and later files are read from their 64-bit block and footer rule; leap-second
    /// records are skipped (wall clocks here ignore them).
    public init(tzif bytes: [UInt8], identifier: String) throws(TimeZoneError) {
        var reader = TZifReader(bytes: bytes)
        let first = try reader.header()
        var header = first
        if first.version >= 2 {
            try reader.skip(first.dataLength(timeSize: 4))
            header = try reader.header()
        }
        let timeSize = header.version >= 2 ? 8 : 4
        let body = try reader.body(header, timeSize: timeSize)
        var footer: PosixTimeZoneRule?
        if header.version >= 2 {
            let text = try reader.footer()
            if !text.isEmpty {
                guard let rule = PosixTimeZoneRule(parsing: text) else {
                    throw TimeZoneError("footer rule '\(text)' is not a POSIX TZ string")
                }
                footer = rule
            }
        }
        self.init(
            identifier: identifier, initialOffset: body.offsets[0], transitions: body.transitions, footer: footer)
    }
}
