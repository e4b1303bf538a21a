/// Where the server listens: a TCP address or a Unix socket path.
///
/// Written in the file as `"127.0.0.1:7878"`, `"[::1]:7878"`, `"0.0.0.0:7878"` or
/// `"unix:/run/queue-server/queue.sock"`.
public enum ListenAddress: Sendable, Hashable, CustomStringConvertible {
    case tcp(host: String, port: Int)
    case unix(path: String)

    /// The longest Unix socket path the kernel accepts (`sun_path` is 108 bytes with its NUL).
    public static let maximumUnixPathLength = 107

    /// Parses the written form; the error says what to write instead.
    public init(parsing text: String) throws(ListenAddressError) {
        if text.hasPrefix("unix:") {
            let path = String(text.dropFirst(5))
            guard path.hasPrefix("/") else {
                throw ListenAddressError("'\(text)': a Unix socket needs an absolute path, like unix:/run/queue-server/queue.sock")
            }
            guard path.utf8.count <= Self.maximumUnixPathLength else {
                throw ListenAddressError("'\(text)': a Unix socket path may be at most \(Self.maximumUnixPathLength) bytes")
            }
            self = .unix(path: path)
            return
        }
        guard let colon = text.lastIndex(of: ":") else {
            throw ListenAddressError("'\(text)' needs a port, like \(text.isEmpty ? "127.0.0.1" : text):7878")
        }
        var host = String(text[..<colon])
        let portText = text[text.index(after: colon)...]
        guard let port = Int(portText), portText.allSatisfy(\.isNumber), (0...65535).contains(port) else {
            throw ListenAddressError("'\(text)': the port must be a number from 0 to 65535, like 127.0.0.1:7878")
        }
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
            guard Self.isIPv6(host) else { throw ListenAddressError("'\(text)': '\(host)' is not an IPv6 address") }
        } else if host.contains(":") {
            throw ListenAddressError("'\(text)': write an IPv6 address in brackets, like [::1]:7878")
        } else if host.first?.isNumber == true && host.last?.isNumber == true {
            guard Self.isIPv4(host) else { throw ListenAddressError("'\(text)': '\(host)' is not an IPv4 address") }
        } else {
            guard Self.isHostName(host) else {
                throw ListenAddressError(
                    "'\(text)': '\(host)' is not an address; use 127.0.0.1 (this machine only) or 0.0.0.0 (every network)")
            }
        }
        self = .tcp(host: host, port: port)
    }

    public var description: String {
        switch self {
        case .tcp(let host, let port): host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case .unix(let path): "unix:\(path)"
        }
    }

    static func isIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                (1...3).contains(part.count) && part.allSatisfy(\.isNumber) && Int(part).map { $0 <= 255 } == true
            }
    }

    static func isIPv6(_ host: String) -> Bool {
        let groups = host.split(separator: ":", omittingEmptySubsequences: false)
        let compressions = host.ranges(of: "::").count
        return (3...8).contains(groups.count) && compressions <= 1 && (compressions == 1 || groups.count == 8)
            && groups.allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }
    }

    static func isHostName(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return !host.isEmpty && host.count <= 253
            && labels.allSatisfy { label in
                (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                    && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            }
    }
}

/// Why a listen address could not be read, with the form to write instead.
public struct ListenAddressError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
