import Glibc
import Testing

@testable import queue_bench

@Suite struct SystemPiecesTests {
    @Test func notifyListenerReceivesDatagrams() throws {
        let directory = try SystemFiles.makeTemporaryDirectory(prefix: "bench-test")
        defer { SystemFiles.removeTree(directory) }
        let listener = try NotifyListener(path: directory + "/notify.sock")
        let status = try ChildProcess.run("/bin/sh", ["-c", "printf 'READY=1\\nSTATUS=up' | socat - UNIX-SENDTO:\(listener.path) 2>/dev/null || python3 -c \"import socket;s=socket.socket(socket.AF_UNIX,socket.SOCK_DGRAM);s.sendto(b'READY=1\\nSTATUS=up','\(listener.path)')\""])
        #expect(status == 0)
        #expect(listener.receive(milliseconds: 5_000) == "READY=1\nSTATUS=up")
        #expect(listener.receive(milliseconds: 0) == nil)
    }

    @Test func filesRoundTripPrivately() throws {
        let directory = try SystemFiles.makeTemporaryDirectory(prefix: "bench-test")
        defer { SystemFiles.removeTree(directory) }
        try SystemFiles.write("héllo\n", to: directory + "/f")
        #expect(SystemFiles.read(directory + "/f") == "héllo\n")
        var info = stat()
        stat(directory + "/f", &info)
        #expect(info.st_mode & 0o777 == 0o600)
        SystemFiles.removeTree(directory)
        #expect(SystemFiles.read(directory + "/f") == nil)
    }

    @Test func childProcessesExitAndDie() throws {
        #expect(try ChildProcess.run("/bin/true", []) == 0)
        let sleeper = try ChildProcess(path: "/bin/sleep", arguments: ["30"], environment: [:], logPath: nil)
        #expect(sleeper.isRunning)
        sleeper.signal(SIGKILL)
        let status = sleeper.wait()
        #expect(status & 0x7f == SIGKILL)
        #expect(!sleeper.isRunning)
    }

    @Test func freePortIsBindable() throws {
        let port = try FreePort.pick()
        #expect((1024...65535).contains(port))
    }

    @Test func baselineCommitsRows() throws {
        let directory = try SystemFiles.makeTemporaryDirectory(prefix: "bench-test")
        defer { SystemFiles.removeTree(directory) }
        let outcome = try SQLiteBaseline.run(directory: directory, duration: .milliseconds(100))
        #expect(outcome.operations > 0 && outcome.failures == 0)
    }
}
