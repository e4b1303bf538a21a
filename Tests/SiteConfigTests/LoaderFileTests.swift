import Glibc
import QueueCore
import Testing

@testable import SiteConfig

/// `load(path:)` and `check(path:)` on real files: missing, not UTF-8, with a byte order mark.
@Suite struct LoaderFileTests {
    /// Runs `body` with the path of a new file holding `bytes`, then removes file and directory.
    static func withFile<R>(_ bytes: [UInt8], _ body: (String) throws -> R) throws -> R {
        var template = Array("/tmp/siteconfig-test-XXXXXX".utf8CString)
        let directory = try #require(template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }.map { String(cString: $0) })
        let path = directory + "/site.toml"
        defer {
            unlink(path)
            rmdir(directory)
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
        close(descriptor)
        return try body(path)
    }

    @Test func aMissingFileIsOneProblemWithoutALine() {
        let (ok, report) = SiteConfigLoader.check(path: "/nonexistent/site.toml", environment: [:])
        #expect(!ok)
        #expect(report == "/nonexistent/site.toml: cannot read the configuration file: No such file or directory")
    }

    @Test func linesThatAreNotUTF8AreNamed() throws {
        var bytes = Array(Support.minimal.utf8)
        // "Médecin" saved as Latin-1 on line 12.
        let range = try #require(bytes.firstRange(of: Array("Médecin".utf8)))
        bytes.replaceSubrange(range, with: [0x4D, 0xE9, 0x64, 0x65, 0x63, 0x69, 0x6E])
        try Self.withFile(bytes) { path in
            let (ok, report) = SiteConfigLoader.check(path: path, environment: [:])
            #expect(!ok)
            #expect(report == "\(path):12: this line is not UTF-8 text; save the file as UTF-8 (accents and Arabic need it)")
        }
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        try Self.withFile([0xEF, 0xBB, 0xBF] + Array(Support.minimal.utf8)) { path in
            let file = try SiteConfigLoader.load(path: path, environment: [:])
            #expect(file.site.name == "Test centre")
            #expect(file.source == path)
        }
    }

    @Test func checkReportsTheSummaryAndWarnings() throws {
        let text = Support.minimal.replacingFirst("languages = [\"fr\", \"en\"]", with: "languages = [\"fr\", \"en\", \"nl\"]")
        try Self.withFile(Array(text.utf8)) { path in
            let (ok, report) = SiteConfigLoader.check(path: path, environment: [:])
            #expect(ok)
            #expect(
                report == """
                    ok: Test centre (Europe/Brussels): 1 service (medical M), 1 desk, languages fr en nl, \
                    open 1 day a week, listening on 127.0.0.1:7878, database ./queue.db
                    \(path):9: warning: service 'medical' has no label in nl; the kiosk shows 'medical' there
                    """)
        }
    }

    @Test func checkPrintsEveryProblem() throws {
        let text = Support.minimal.replacingFirst("prefix = \"M\"", with: "prefix = \"m\"\ndaily_cap = -2")
        try Self.withFile(Array(text.utf8)) { path in
            let (ok, report) = SiteConfigLoader.check(path: path, environment: [:])
            #expect(!ok)
            #expect(
                report == """
                    \(path):11: service 'medical': prefix must be one uppercase letter A-Z (found 'm')
                    \(path):12: service 'medical': daily_cap must be from 1 to 100000 (found -2)
                    """)
        }
    }
}
