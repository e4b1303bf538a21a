import Glibc
import QueueCore

/// Loads the site configuration file: one human-editable TOML file (see
/// `deploy/sites/*.toml` for commented examples) that gives the site's queue rules and the
/// server's settings.
///
/// Every problem is collected with its line, in file order, so that one round of edits
/// fixes the file; nothing is half-loaded.
public enum SiteConfigLoader {
    /// Reads the file at `path` and each zone it names from `/usr/share/zoneinfo` (or `$TZDIR`).
    /// Defaults that depend on systemd (`$RUNTIME_DIRECTORY`, `$STATE_DIRECTORY`) are taken
    /// from `environment`.
    public static func load(
        path: String, environment: [String: String] = processEnvironment()
    ) throws(ConfigError) -> SiteFile {
        let bytes: [UInt8]
        switch SystemFile.read(path) {
        case .success(let read): bytes = read
        case .failure(let error):
            throw ConfigError(problems: [
                ConfigProblem(source: path, line: nil, message: "cannot read the configuration file: \(error.reason)")
            ])
        }
        let text = try SourceText.decode(bytes, source: path)
        return try parse(text, source: path, zoneInfo: { ZoneInfo.bytes(of: $0, environment: environment) },
            environment: environment)
    }

    /// Parses `text`; `source` names it in messages; `zoneInfo` gives the TZif bytes of a zone
    /// name, or nil when there is no such zone.
    public static func parse(
        _ text: String, source: String, zoneInfo: (String) -> [UInt8]?,
        environment: [String: String] = processEnvironment()
    ) throws(ConfigError) -> SiteFile {
        let result = withoutActuallyEscaping(zoneInfo) { zoneInfo in
            SiteFileReader(source: source, zoneInfo: zoneInfo, environment: environment)
                .read(SourceText.withoutByteOrderMark(text))
        }
        return try result.get()
    }

    /// For `queue-server check-config FILE`: `ok: <summary>` (then any warnings), or one
    /// problem a line. `ok` is false when the server would refuse the file.
    public static func check(
        path: String, environment: [String: String] = processEnvironment()
    ) -> (ok: Bool, report: String) {
        do throws(ConfigError) {
            let file = try load(path: path, environment: environment)
            var lines = ["ok: " + SiteSummary(file: file).text] + file.warnings.map(\.description)
            if let tokens = file.server.tokensFile, access(tokens, F_OK) != 0 {
                lines.append(
                    "\(path): warning: tokens_file \(tokens) does not exist; unless systemd passes a 'tokens' "
                        + "credential, the server will not start until it does (one 'role name token' line per device, chmod 600)")
            }
            return (true, lines.joined(separator: "\n"))
        } catch {
            return (false, error.description)
        }
    }

    /// The process's environment variables (the default for `environment` parameters).
    public static func processEnvironment() -> [String: String] { ProcessEnvironment.current() }
}
