import Glibc

/// `print(…, to:)` target for stderr (file descriptor 2, unbuffered).
struct StandardErrorStream: TextOutputStream {
    mutating func write(_ string: String) {
        var text = string
        text.withUTF8 { bytes in _ = Glibc.write(2, bytes.baseAddress, bytes.count) }
    }
}
