import Glibc

/// Where a server's device tokens come from, and reading them safely: systemd's credential
/// (`LoadCredential=tokens:/etc/queue-server/tokens`, found at `$CREDENTIALS_DIRECTORY/tokens`)
/// or a path from the configuration. A file that its group or others can open is refused.
public enum TokenFile {
    /// The credential name the unit's `LoadCredential=` gives the tokens.
    public static let credentialName = "tokens"
    /// Tokens files larger than this are refused: a site has a few dozen devices.
    static let sizeLimit = 1 << 20

    /// The tokens file to read: the systemd credential if there is one, else `configured`; nil
    /// when neither (no tokens configured).
    public static func path(configured: String?, environment: [String: String]) -> String? {
        if let directory = environment["CREDENTIALS_DIRECTORY"], !directory.isEmpty {
            let credential = directory + "/" + credentialName
            if access(credential, F_OK) == 0 { return credential }
        }
        return configured
    }

    /// The tokens at `path`; `.empty` for nil.
    public static func load(path: String?) throws(TokenFileError) -> TokenStore {
        guard let path else { return .empty }
        let text = try readPrivateFile(path)
        return try TokenStore(parsing: text, source: path)
    }

    /// The text of `path`, after checking on the open file itself that only its owner can open it.
    static func readPrivateFile(_ path: String) throws(TokenFileError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path) }
        guard status.st_mode & 0o077 == 0 else { throw .accessibleToOthers(path: path, mode: status.st_mode & 0o7777) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            bytes += chunk[..<count]
            guard bytes.count <= sizeLimit else { throw .unreadable(path: path, reason: "larger than 1 MiB") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
