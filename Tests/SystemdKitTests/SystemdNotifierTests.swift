import Glibc
import Testing

@testable import SystemdKit

/// Each test runs in a child process (an exit test) with its own `NOTIFY_SOCKET`: the variable is
/// process-wide, and a notifier elsewhere in a parallel test would write into the test's socket.
@Suite struct SystemdNotifierTests {
    @Test func messagesArriveInOrderWithTheirPayloads() async {
        await #expect(processExitsWith: .success) {
            let directory = try TestSockets.temporaryDirectory()
            defer { TestSockets.removeDirectory(directory) }
            let path = directory + "/notify"
            let receiver = try TestSockets.unixSocket(SOCK_DGRAM, boundTo: path)
            setenv("NOTIFY_SOCKET", path, 1)
            let notifier = SystemdNotifier()
            #expect(notifier.isConfigured)
            #expect(notifier.send(.ready, .status("serving 3 desks")) == .sent)
            #expect(notifier.send(.status("line one\nline two")) == .sent)
            #expect(notifier.send(.watchdog) == .sent)
            #expect(notifier.send(.reloading) == .sent)
            #expect(notifier.send(.stopping) == .sent)
            let messages = TestSockets.pendingDatagrams(receiver)
            #expect(messages.count == 5)
            #expect(messages.prefix(3) == ["READY=1\nSTATUS=serving 3 desks", "STATUS=line one line two", "WATCHDOG=1"])
            #expect(messages.dropFirst(3).first?.hasPrefix("RELOADING=1\nMONOTONIC_USEC=") == true)
            #expect(messages.last == "STOPPING=1")
        }
    }

    @Test func reloadingCarriesTheCurrentMonotonicTime() async {
        await #expect(processExitsWith: .success) {
            let directory = try TestSockets.temporaryDirectory()
            defer { TestSockets.removeDirectory(directory) }
            let path = directory + "/notify"
            let receiver = try TestSockets.unixSocket(SOCK_DGRAM, boundTo: path)
            setenv("NOTIFY_SOCKET", path, 1)
            let before = SystemdNotifier.monotonicMicroseconds()
            SystemdNotifier().send(.reloading)
            let after = SystemdNotifier.monotonicMicroseconds()
            let message = try #require(TestSockets.pendingDatagrams(receiver).first)
            let sent = try #require(UInt64(message.split(separator: "=").last ?? ""))
            #expect((before...after).contains(sent))
        }
    }

    @Test func withoutNotifySocketNothingIsSent() async {
        await #expect(processExitsWith: .success) {
            unsetenv("NOTIFY_SOCKET")
            #expect(!SystemdNotifier().isConfigured)
            #expect(SystemdNotifier().send(.ready) == .notConfigured)
        }
    }

    @Test func aVanishedSocketIsReportedNotFatal() async {
        await #expect(processExitsWith: .success) {
            let directory = try TestSockets.temporaryDirectory()
            defer { TestSockets.removeDirectory(directory) }
            let path = directory + "/notify"
            let receiver = try TestSockets.unixSocket(SOCK_DGRAM, boundTo: path)
            setenv("NOTIFY_SOCKET", path, 1)
            close(receiver)
            #expect(SystemdNotifier().send(.watchdog) == .failed(errno: ECONNREFUSED))
            unlink(path)
            #expect(SystemdNotifier().send(.watchdog) == .failed(errno: ENOENT))
        }
    }
}
