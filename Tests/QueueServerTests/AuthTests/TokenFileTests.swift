import Glibc
import Testing

@testable import QueueServer

/// A class so that each test's directory goes when the test ends.
@Suite final class TokenFileTests {
    let directory: String

    init() throws {
        directory = try AuthFixtures.temporaryDirectory()
    }

    deinit {
        AuthFixtures.removeDirectory(directory)
    }

    /// A tokens file named `name` with `mode` in the test's directory; its path.
    func tokensFile(_ name: String = "tokens", mode: mode_t) throws -> String {
        let path = directory + "/" + name
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        try #require(descriptor >= 0)
        _ = AuthFixtures.tokensFile.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
        fchmod(descriptor, mode)
        close(descriptor)
        return path
    }

    @Test func aPrivateFileIsLoaded() throws {
        let path = try tokensFile(mode: 0o600)
        let store = try TokenFile.load(path: path)
        #expect(store.devices.count == 3)
        #expect(store.source == path)
        #expect(try TokenFile.load(path: tokensFile("read-only", mode: 0o400)).devices.count == 3)
    }

    @Test(arguments: [0o640, 0o604, 0o620, 0o602, 0o644, 0o610] as [mode_t])
    func aFileOthersCanOpenIsRefused(mode: mode_t) throws {
        let path = try tokensFile(mode: mode)
        let error = #expect(throws: TokenFileError.self) { try TokenFile.load(path: path) }
        #expect(error == .accessibleToOthers(path: path, mode: UInt32(mode)))
        #expect(error?.description == "tokens file \(path) holds secrets but is open to its group or others "
            + "(mode \(String(mode, radix: 8))); run 'chmod 600 \(path)'")
    }

    @Test func aMissingConfiguredFileIsAnErrorNotAnOpenServer() {
        let path = directory + "/missing"
        #expect(throws: TokenFileError.missing(path: path)) { try TokenFile.load(path: path) }
    }

    @Test func aDirectoryIsRefused() throws {
        chmod(directory, 0o700)
        #expect(throws: TokenFileError.notARegularFile(path: directory)) { try TokenFile.load(path: directory) }
    }

    @Test func noFileMeansNoTokens() throws {
        #expect(try TokenFile.load(path: nil).isEmpty)
    }

    @Test func theSystemdCredentialComesFirst() throws {
        let credential = try tokensFile(mode: 0o400)
        let configured = "/etc/queue-server/tokens"
        #expect(TokenFile.path(configured: configured, environment: ["CREDENTIALS_DIRECTORY": directory]) == credential)
        #expect(TokenFile.path(configured: configured, environment: ["CREDENTIALS_DIRECTORY": directory + "/none"]) == configured)
        #expect(TokenFile.path(configured: configured, environment: [:]) == configured)
        #expect(TokenFile.path(configured: nil, environment: [:]) == nil)
    }
}
