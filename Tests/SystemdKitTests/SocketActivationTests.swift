import Glibc
import Testing

@testable import SystemdKit

/// Each test runs in a child process (an exit test): socket activation reads process-wide
/// variables and fixed descriptors that parallel tests must not see change.
@Suite struct SocketActivationTests {
    @Test func namedTCPAndUnixListenersAreTakenByKindAndName() async {
        await #expect(processExitsWith: .success) {
            let directory = try TestSockets.temporaryDirectory()
            defer { TestSockets.removeDirectory(directory) }
            let tcp = try TestSockets.tcpListener()
            let unix = try TestSockets.unixSocket(SOCK_STREAM, boundTo: directory + "/queue.sock")
            let (sockets, environmentLeft, closeOnExec) = ListenFDsFixture.run(sockets: [tcp, unix], names: ["tcp", "unix"]) {
                let sockets = try? SocketActivation.takeSockets()
                return (sockets, ListenFDsFixture.environmentIsSet, [3, 4].map(ListenFDsFixture.isCloseOnExec))
            }
            #expect(sockets == [
                ActivatedSocket(fileDescriptor: 3, name: "tcp", kind: .tcpListener),
                ActivatedSocket(fileDescriptor: 4, name: "unix", kind: .unixListener),
            ])
            #expect(!environmentLeft)
            #expect(closeOnExec == [true, true])
            let listeners = try ActivatedListeners(sockets ?? [])
            #expect(listeners.tcp.map(\.fileDescriptor) == [3])
            #expect(listeners.unix.map(\.fileDescriptor) == [4])
        }
    }

    @Test func unnamedSocketsAreTakenByKind() async {
        await #expect(processExitsWith: .success) {
            let directory = try TestSockets.temporaryDirectory()
            defer { TestSockets.removeDirectory(directory) }
            let unix = try TestSockets.unixSocket(SOCK_STREAM, boundTo: directory + "/queue.sock")
            let tcp = try TestSockets.tcpListener()
            let sockets = ListenFDsFixture.run(sockets: [unix, tcp], names: nil) { try? SocketActivation.takeSockets() }
            #expect(sockets?.map(\.name) == ["unknown", "unknown"])
            let listeners = try ActivatedListeners(sockets ?? [])
            #expect(listeners.unix.map(\.fileDescriptor) == [3])
            #expect(listeners.tcp.map(\.fileDescriptor) == [4])
        }
    }

    /// The kernel gives the lowest free descriptor, so a socket created second can land on fd 3
    /// (something else held fd 3 a moment earlier). Placing the first socket there must not lose it.
    @Test func aSocketAlreadyAtATargetDescriptorIsNotLost() async {
        await #expect(processExitsWith: .success) {
            let directory = try TestSockets.temporaryDirectory()
            defer { TestSockets.removeDirectory(directory) }
            let unix = try TestSockets.unixSocket(SOCK_STREAM, boundTo: directory + "/queue.sock")
            let tcp = try TestSockets.tcpListener()
            let sockets = ListenFDsFixture.run(sockets: [tcp], names: nil) {
                ListenFDsFixture.run(sockets: [unix, 3], names: nil) { try? SocketActivation.takeSockets() }
            }
            #expect(sockets?.map(\.kind) == [.unixListener, .tcpListener])
        }
    }

    @Test func socketsMeantForAnotherProcessAreLeftAlone() async {
        await #expect(processExitsWith: .success) {
            let tcp = try TestSockets.tcpListener()
            let sockets = ListenFDsFixture.run(sockets: [tcp], names: ["tcp"], listenPID: getppid()) {
                try? SocketActivation.takeSockets()
            }
            #expect(sockets == [])
        }
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

    @Test func aDatagramSocketIsRefusedWithItsName() async {
        await #expect(processExitsWith: .success) {
            let udp = try TestSockets.udpSocket()
            let sockets = ListenFDsFixture.run(sockets: [udp], names: ["metrics"]) { try? SocketActivation.takeSockets() }
            let other = ActivatedSocket(fileDescriptor: 3, name: "metrics", kind: .other)
            #expect(sockets == [other])
            #expect(throws: SocketActivationError.unexpectedSocket(other)) { try ActivatedListeners(sockets ?? []) }
        }
    }

    @Test func aNameThatContradictsTheKindIsRefused() throws {
        let misnamed = ActivatedSocket(fileDescriptor: 3, name: "tcp", kind: .unixListener)
        let error = #expect(throws: SocketActivationError.self) { try ActivatedListeners([misnamed]) }
        #expect(error == .unexpectedSocket(misnamed))
        #expect(error?.description.contains("fd 3 'tcp'") == true)
    }
}
