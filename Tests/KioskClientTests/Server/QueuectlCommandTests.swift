import Glibc
import KioskClient
import Testing

/// The scripting commands of the built `queuectl` against a real server: output and exit codes.
@Suite(.serialized, .enabled(if: Tmux.queuectl != nil))
struct QueuectlCommandTests {
    /// Runs queuectl with `arguments` (stderr merged); its output and exit status.
    func run(_ arguments: String, token: String = LiveServer.adminToken) -> (output: String, status: Int32) {
        guard let pipe = popen("QUEUECTL_TOKEN=\(token) \(Tmux.queuectl!) \(arguments) 2>&1", "r") else { return ("", -1) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        let status = pclose(pipe)
        return (String(decoding: bytes, as: UTF8.self), (status >> 8) & 0xFF)
    }

    @Test func takeCallStatusReportWithMeaningfulExitCodes() async throws {
        let server = try await LiveServer()
        let at = "--server unix:\(server.unixPath)"
        let take = run("take Médecin --lang ar \(at)", token: LiveServer.kioskToken)
        #expect(take.status == 0)
        #expect(take.output.hasPrefix("M-001  طبيب"), "\(take.output)")
        let json = run("take social --json \(at)")
        #expect(json.output.contains("\"number\":\"S-001\""))

        let unknown = run("take dentist \(at)")
        #expect(unknown.status == 2)
        #expect(unknown.output.contains("unknown service 'dentist'; valid services: medical (Médecin), social (Service social)"))

        let kioskCalling = run("call --desk room-2 \(at)", token: LiveServer.kioskToken)
        #expect(kioskCalling.status == 4, "\(kioskCalling.output)")
        let badToken = run("status \(at)", token: "wrong-token-0123456789")
        #expect(badToken.status == 4)

        _ = run("call --desk room-2 \(at)")
        let noDesk = run("call --desk room-9 \(at)")
        #expect(noDesk.status == 1, "refused by the queue rules: \(noDesk.output)")

        let status = run("status --json \(at)")
        #expect(status.status == 0)
        #expect(status.output.contains("\"service\":\"medical\",\"waiting\":0"))

        let day = try #require(try await LiveServer.client(server.unix, token: LiveServer.adminToken).getStatus().day)
        let csv = run("report --day \(day) --csv \(at)")
        #expect(csv.status == 0)
        #expect(csv.output.contains("medical,Médecin,1,"))
        let badPeriod = run("report --day \(day) --month 2026-11 \(at)")
        #expect(badPeriod.status == 2)

        let backup = run("backup \(server.directory)/copy.db \(at)")
        #expect(backup.status == 0, "\(backup.output)")
        let endpoint = server.unixPath
        await server.finish()
        let unreachable = run("status --server unix:\(endpoint)")
        #expect(unreachable.status == 3)
        #expect(unreachable.output.contains("cannot reach the queue server"))
    }
}
