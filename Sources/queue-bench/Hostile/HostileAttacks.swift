import NIOCore
import WireProtocol

/// The misbehaving clients, each a loop until `deadline`: what a broken kiosk, a port scanner
/// or a hostile neighbour on the clinic's Wi-Fi would send.
struct HostileAttacks: Sendable {
    let session: BenchSession
    let endpoint: ServerEndpoint
    let tally: HostileTally
    let deadline: UInt64
    let seed: UInt64
    /// Connections the flood opens at once (past the server's limit).
    let floodSize: Int
    /// Half frames held open at once.
    let slowlorisSize: Int

    var running: Bool { MonotonicClock.now() < deadline }

    /// A length field far over the maximum, after a valid HELLO and before it.
    func oversizedLengths() async {
        var round = 0
        while running {
            round += 1
            guard let connection = try? await RawConnection.open(endpoint, group: session.group) else { continue }
            var bytes: [UInt8] = []
            if round % 2 == 0, let hello = try? Self.helloBytes(token: BenchTokens.kiosk) { bytes += hello }
            bytes += [0xFF, 0xFF, 0xFF, 0xF0, 0x03, 0x00, 0, 0, 0, 1] + [UInt8](repeating: 0x41, count: 1024)
            try? await connection.send(bytes)
            tally.attempt("oversized", closedByServer: await connection.closedByServer(within: .seconds(5)))
            await connection.close()
        }
    }

    /// Random bytes, 1 to 8 KiB at a time.
    func randomBytes() async {
        var random = SeededGenerator(seed: seed)
        while running {
            guard let connection = try? await RawConnection.open(endpoint, group: session.group) else { continue }
            let bytes = (0..<Int.random(in: 1...8192, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            try? await connection.send(bytes)
            tally.attempt("random", closedByServer: await connection.closedByServer(within: .seconds(5)))
            await connection.close()
        }
    }

    /// Half frames: a HELLO's first bytes, then one more byte now and then, never the end.
    func slowloris() async {
        while running {
            var open: [RawConnection] = []
            for _ in 0..<slowlorisSize {
                guard let connection = try? await RawConnection.open(endpoint, group: session.group) else { break }
                try? await connection.send([0x00, 0x00, 0x00, 0x1B, 0x01])
                open.append(connection)
            }
            // Drip a byte a second until the server hangs up on each (or the run ends).
            var pending = open
            while running, !pending.isEmpty {
                try? await Task.sleep(for: .seconds(1))
                for connection in pending { try? await connection.send([0x00]) }
                pending = pending.filter { $0.channel.isActive }
            }
            for connection in open {
                tally.attempt("slowloris", closedByServer: !pending.contains { $0 === connection })
                await connection.close()
            }
        }
    }

    /// More connections than the server allows, held open a second, then dropped.
    func connectionFlood() async {
        while running {
            var open: [RawConnection] = []
            for _ in 0..<floodSize {
                guard running, let connection = try? await RawConnection.open(endpoint, group: session.group) else { break }
                open.append(connection)
            }
            try? await Task.sleep(for: .seconds(1))
            for connection in open {
                tally.attempt("flood", closedByServer: !connection.channel.isActive)
                await connection.close()
            }
        }
    }

    /// A HELLO with a wrong token, again and again, from another loopback address (127.0.0.2)
    /// so the lockout it earns is its own.
    func wrongTokens() async {
        while running {
            guard let connection = try? await RawConnection.open(endpoint, group: session.group, from: "127.0.0.2") else {
                try? await Task.sleep(for: .milliseconds(10))
                continue
            }
            try? await connection.send((try? Self.helloBytes(token: BenchTokens.wrong)) ?? [])
            tally.attempt("wrong_token", closedByServer: await connection.closedByServer(within: .seconds(5)))
            await connection.close()
        }
    }

    static func helloBytes(token: String) throws -> [UInt8] {
        var hello = WireHello()
        hello.minVersion = 1
        hello.maxVersion = 1
        hello.token = token
        hello.clientName = "hostile"
        var buffer = ByteBuffer()
        buffer.writeFrame(try Frame(.hello(hello)))
        return Array(buffer.readableBytesView)
    }
}
