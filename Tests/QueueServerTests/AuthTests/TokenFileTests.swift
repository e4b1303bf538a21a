import Glibc
import Testing

@testable import QueueServer

@Suite struct TokenFileTests {
    /// A tokens file with `mode` in a fresh directory; its path.
    static func tokensFile(mode: mode_t, text: String = AuthFixtures.tokensFile) throws -> String {
        let path = try AuthFixtures.temporaryDirectory() + "/tokens"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        try #require(descriptor >= 0)
        _ = text.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
        fchmod(descriptor, mode)
        close(descriptor)
        return path
    }

    @Test func aPrivateFileIsLoaded() throws {
        let path = try Self.tokensFile(mode: 0o600)
        let store = try TokenFile.load(path: path)
        #expect(store.devices.count == 3)
        #expect(store.source == path)
        #expect(try TokenFile.load(path: Self.tokensFile(mode: 0o400)).devices.count == 3)
    }

    @Test(arguments: [0o640, 0o604, 0o620, 0o602, 0o644, 0o610] as [mode_t])
    func aFileOthersCanOpenIsRefused(mode: mode_t) throws {
        let path = try Self.tokensFile(mode: mode)
        let error = #expect(throws: TokenFileError.self) { try TokenFile.load(path: path) }
        #expect(error == .accessibleToOthers(path: path, mode: UInt32(mode)))
        #expect(error?.description == "tokens file \(path) holds secrets but is open to its group or others "
            + "(mode \(String(mode, radix: 8))); run 'chmod 600 \(path)'")
    }

    @Test func aMissingConfiguredFileIsAnErrorNotAnOpenServer() {
        #expect(throws: TokenFileError.missing(path: "/nonexistent/tokens")) { try TokenFile.load(path: "/nonexistent/tokens") }
    }

    @Test func aDirectoryIsRefused() throws {
        let directory = String(try Self.tokensFile(mode: 0o600).dropLast("/tokens".count))
        chmod(directory, 0o700)
        #expect(throws: TokenFileError.notARegularFile(path: directory)) { try TokenFile.load(path: directory) }
    }

    @Test func noFileMeansNoTokens() throws {
        #expect(try TokenFile.load(path: nil).isEmpty)
    }

    @Test func theSystemdCredentialComesFirst() throws {
        let credential = try Self.tokensFile(mode: 0o400)
        let directory = String(credential.dropLast("/tokens".count))
        #expect(TokenFile.path(configured: "/etc/queue-server/tokens", environment: ["CREDENTIALS_DIRECTORY": directory]) == credential)
        #expect(TokenFile.path(configured: "/etc/queue-server/tokens", environment: ["CREDENTIALS_DIRECTORY": "/nonexistent"]) == "/etc/queue-server/tokens")
        #expect(TokenFile.path(configured: "/etc/queue-server/tokens", environment: [:]) == "/etc/queue-server/tokens")
        #expect(TokenFile.path(configured: nil, environment: [:]) == nil)
    }
}
