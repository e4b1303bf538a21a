import QueueCore
import Testing

@testable import SiteConfig

/// Helpers shared by the SiteConfig suites.
enum Support {
    /// The repository root, found from this file's path (tests run from any directory).
    static let repositoryRoot: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SiteConfigTests/Support.swift
        return parts.joined(separator: "/")
    }()

    static func examplePath(_ name: String) -> String { repositoryRoot + "/deploy/sites/" + name }

    /// Zone data without the system's: Brussels as a synthetic TZif file, UTC, nothing else.
    static func zoneInfo(_ name: String) -> [UInt8]? {
        switch name {
        case "Europe/Brussels": TZifFixture.brussels
        case "Etc/UTC": TZifFixture.make(offsets: [0], transitions: [], footer: "UTC0")
        default: nil
        }
    }

    static func parse(_ text: String, environment: [String: String] = [:]) throws(ConfigError) -> SiteFile {
        try SiteConfigLoader.parse(text, source: "site.toml", zoneInfo: zoneInfo, environment: environment)
    }

    /// The problems `text` has; empty when it loads.
    static func problems(_ text: String) -> [ConfigProblem] {
        do throws(ConfigError) {
            _ = try parse(text)
            return []
        } catch {
            return error.problems
        }
    }

    /// `line: message` of each problem, the way the tests compare them.
    static func lines(_ text: String) -> [String] {
        problems(text).map { "\($0.line.map(String.init) ?? "-"): \($0.message)" }
    }

    /// A small valid site; tests append or replace lines to make one mistake at a time.
    static let minimal = """
        [site]
        name = "Test centre"
        time_zone = "Europe/Brussels"
        languages = ["fr", "en"]

        [hours]
        monday = "10:00-19:00"

        [[service]]
        id = "medical"
        prefix = "M"
        labels = { fr = "Médecin", en = "Doctor" }

        [[desk]]
        id = "room-1"
        services = ["medical"]
        """
}
