import Glibc
import Testing

@testable import SystemdKit

/// Socket activation reads process-wide variables and the fixed descriptors 3, 4, …: tests that
/// pass sockets start a child process with them in place (`ActivatedChild`); tests of the
/// variables alone run in an exit test, so that parallel tests do not see them change.
@Suite struct SocketActivationTests {
    @Test func namedTCPAndUnixListenersAreTakenByKindAndName() async throws {
        let report = try await reportOfTwoListeners(unixFirst: false, names: ["tcp", "unix"])
        #expect(report.split(separator: "\n") == [
            "fd=3 name=tcp kind=tcpListener cloexec=true",
            "fd=4 name=unix kind=unixListener cloexec=true",
            "listen-env=cleared",
            "tcp=[3] unix=[4]",
        ])
    }

    @Test func unnamedSocketsAreTakenByKind() async throws {
        let report = try await reportOfTwoListeners(unixFirst: true, names: nil)
        #expect(report.split(separator: "\n") == [
            "fd=3 name=unknown kind=unixListener cloexec=true",
            "fd=4 name=unknown kind=tcpListener cloexec=true",
            "listen-env=cleared",
            "tcp=[4] unix=[3]",
        ])
    }

    /// What a child activated with a TCP and a Unix listener, in that order or the other, reports.
    private func reportOfTwoListeners(unixFirst: Bool, names: [String]?) async throws -> String {
        let directory = try TestSockets.temporaryDirectory()
        defer { TestSockets.removeDirectory(directory) }
        let tcp = try TestSockets.tcpListener()
        defer { close(tcp) }
        let unix = try TestSockets.unixSocket(SOCK_STREAM, boundTo: directory + "/queue.sock")
        defer { close(unix) }
        return try await ActivatedChild.run(sockets: unixFirst ? [unix, tcp] : [tcp, unix], names: names)
    }

    @Test func socketsMeantForAnotherProcessAreLeftAlone() async throws {
        let tcp = try TestSockets.tcpListener()
        defer { close(tcp) }
        let report = try await ActivatedChild.run(sockets: [tcp], names: ["tcp"], listenPID: .parent)
        #expect(report == "listen-env=cleared\ntcp=[] unix=[]\n")
    }

    @Test func aDatagramSocketIsRefusedWithItsName() async throws {
        let udp = try TestSockets.udpSocket()
        defer { close(udp) }
        let report = try await ActivatedChild.run(sockets: [udp], names: ["metrics"])
        let refusal = SocketActivationError.unexpectedSocket(ActivatedSocket(fileDescriptor: 3, name: "metrics", kind: .other))
        #expect(report == "fd=3 name=metrics kind=other cloexec=true\nlisten-env=cleared\nrefused: \(refusal)\n")
    }

    /// The child mode: runs only in the process `ActivatedChild` started.
    @Test(.enabled(if: getenv(ActivatedChild.reportVariable) != nil, "child mode of the socket activation tests"))
    func childModeReportsTheActivatedSockets() throws {
        let path = String(cString: try #require(getenv(ActivatedChild.reportVariable)))
        try TestSockets.writeFile(path, ActivationReport.make())
    }

    @Test func noActivationGivesNoSockets() async {
        await #expect(processExitsWith: .success) {
            unsetenv("LISTEN_FDS")
            unsetenv("LISTEN_PID")
            let sockets = try SocketActivation.takeSockets()
            let listeners = try ActivatedListeners.fromEnvironment()
            #expect(sockets == [])
            #expect(listeners.isEmpty)
        }
    }

    @Test func malformedVariablesAreAnError() async {
        await #expect(processExitsWith: .success) {
            setenv("LISTEN_PID", "\(getpid())", 1)
            setenv("LISTEN_FDS", "two", 1)
            #expect(throws: SocketActivationError.invalidEnvironment(errno: EINVAL)) { try SocketActivation.takeSockets() }
        }
    }

    @Test func aNameThatContradictsTheKindIsRefused() throws {
        let misnamed = ActivatedSocket(fileDescriptor: 3, name: "tcp", kind: .unixListener)
        let error = #expect(throws: SocketActivationError.self) { try ActivatedListeners([misnamed]) }
        #expect(error == .unexpectedSocket(misnamed))
        #expect(error?.description.contains("fd 3 'tcp'") == true)
    }
}
