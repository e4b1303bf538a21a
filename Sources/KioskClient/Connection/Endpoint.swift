import QueueCore

/// Where a queue server listens: a TCP host and port, or a Unix socket path.
///
/// Written `tcp://127.0.0.1:7878`, `127.0.0.1:7878`, `unix:/run/queue-server/queue.sock` or a
/// plain absolute path.
public enum Endpoint: Hashable, Sendable, CustomStringConvertible {
    case tcp(host: String, port: Int)
    case unix(path: String)

    /// The port `queue-server` listens on unless configured otherwise.
    public static let defaultPort = 7878
    /// Where a local client finds the server when nothing is said.
    public static let `default` = Endpoint.tcp(host: "127.0.0.1", port: defaultPort)

    /// Parses the forms above; nil with a reason otherwise (see `parse`).
    public init?(_ text: String) {
        guard case .success(let endpoint) = Endpoint.parse(text) else { return nil }
        self = endpoint
    }

    /// The endpoint, or a sentence saying what is wrong with `text`.
    public static func parse(_ text: String) -> Result<Endpoint, EndpointError> {
        let trimmed = String(text.trimmingSpaces())
        if trimmed.hasPrefix("unix:") {
            var path = String(trimmed.dropFirst("unix:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            return path.isEmpty ? .failure(EndpointError(text: text)) : .success(.unix(path: path))
        }
        if trimmed.hasPrefix("/") { return .success(.unix(path: trimmed)) }
        var rest = Substring(trimmed)
        if rest.hasPrefix("tcp://") { rest = rest.dropFirst("tcp://".count) }
        let host: Substring
        let portText: Substring
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            portText = after.hasPrefix(":") ? after.dropFirst() : ""
        } else if let colon = rest.lastIndex(of: ":") {
            host = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
        } else {
            host = rest
            portText = ""
        }
        guard !host.isEmpty else { return .failure(EndpointError(text: text)) }
        if portText.isEmpty { return .success(.tcp(host: String(host), port: defaultPort)) }
        guard let port = Int(portText), (1...65_535).contains(port) else { return .failure(EndpointError(text: text)) }
        return .success(.tcp(host: String(host), port: port))
    }

    public var description: String {
        switch self {
        case .tcp(let host, let port): host.contains(":") ? "tcp://[\(host)]:\(port)" : "tcp://\(host):\(port)"
        case .unix(let path): "unix:\(path)"
        }
    }
}

/// A server address that does not parse.
public struct EndpointError: Error, Hashable, Sendable, CustomStringConvertible {
    public let text: String
    public var description: String {
        "'\(text)' is not a server address; use tcp://HOST:PORT or unix:/PATH/TO/SOCKET"
    }
}
