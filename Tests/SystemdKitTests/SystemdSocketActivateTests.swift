import Glibc
import Testing

@testable import SystemdKit

/// Socket activation as systemd really does it: `systemd-socket-activate` listens, and on the
/// first connection starts this test binary in a child mode that takes the socket, accepts that
/// connection and writes back what it found.
@Suite struct SystemdSocketActivateTests {
    static let childModeVariable = "SYSTEMDKIT_ACTIVATION_CHILD"
    static let tool = "/usr/bin/systemd-socket-activate"

    @Test(.enabled(if: access(tool, X_OK) == 0, "needs systemd-socket-activate"))
    func aSocketFromSystemdSocketActivateIsTakenAndServes() async throws {
        let directory = try TestSockets.temporaryDirectory()
        defer { TestSockets.removeDirectory(directory) }
        let path = directory + "/activate.sock"
        let child = try ChildProcess.spawn([
            Self.tool, "--listen=\(path)", "--fdname=unix", "--setenv=\(Self.childModeVariable)=1",
            ChildProcess.currentExecutable(), "--testing-library", "swift-testing",
            "--filter", "childModeTakesTheActivatedSocket",
        ])
        let connection = try? await ChildProcess.retrying(seconds: 60) { try TestSockets.connectUnix(path) }
        var report: String?
        if let connection {
            report = await TestSockets.readToEnd(connection, seconds: 60)
            close(connection)
        }
        let status = await child.waitOrKill(seconds: report == nil ? 0 : 60)
        #expect(report == "fd=3 name=unix kind=unixListener cloexec=true\nlisten-env=cleared\ntcp=[] unix=[3]\n")
        #expect(status == 0)
    }

    /// The child mode: runs only in the process `systemd-socket-activate` started.
    @Test(.enabled(if: getenv(childModeVariable) != nil, "child mode of the systemd-socket-activate test"))
    func childModeTakesTheActivatedSocket() throws {
        let report = ActivationReport.make()
        let connection = accept(3, nil, nil)
        try #require(connection >= 0)
        _ = report.utf8CString.withUnsafeBufferPointer { write(connection, $0.baseAddress, $0.count - 1) }
        close(connection)
    }
}
