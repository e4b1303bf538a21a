/// Unicode to IBM code page 858 (CP850 with € at 0xD5), the ESC/POS character table that prints
/// French, Dutch, Spanish and Portuguese accents right (`ESC t 19`). Characters the page lacks
/// print as `?`: never as the wrong letter.
public enum CodePage858 {
    /// `ESC t n` selects this table.
    public static let escPosTable: UInt8 = 19

    public static func encode(_ text: String) -> [UInt8] {
        text.unicodeScalars.map(encode)
    }

    public static func encode(_ scalar: Unicode.Scalar) -> UInt8 {
        if scalar.value < 0x80 { return UInt8(scalar.value) }
        return high[scalar] ?? UInt8(ascii: "?")
    }

    /// Whether every character of `text` prints as itself.
    public static func canEncode(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x80 || high[$0] != nil }
    }

    /// Bytes 0x80-0xFF in order.
    static let upperHalf: [Unicode.Scalar] = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u{AD}±‗¾¶§÷¸°¨·¹³²■\u{A0}"
            .unicodeScalars)

    static let high: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        for (index, scalar) in upperHalf.enumerated() { table[scalar] = UInt8(0x80 + index) }
        // Typographic punctuation people type, printed as its plain form.
        table["\u{2019}"] = UInt8(ascii: "'")
        table["\u{2018}"] = UInt8(ascii: "'")
        table["\u{201C}"] = UInt8(ascii: "\"")
        table["\u{201D}"] = UInt8(ascii: "\"")
        table["\u{2013}"] = UInt8(ascii: "-")
        table["\u{2026}"] = UInt8(ascii: ".")
        table["\u{202F}"] = 0xFF
        return table
    }()
}
