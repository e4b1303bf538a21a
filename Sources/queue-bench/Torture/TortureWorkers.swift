import SwiftProtobuf
import WireProtocol

/// The clients of the torture: kiosks taking tickets and desks calling, finishing, marking
/// no-shows, transferring and recalling, each reconnecting after every kill and retrying an
/// unanswered take with the same idempotency key.
struct TortureWorkers: Sendable {
    let session: BenchSession
    let endpoint: ServerEndpoint
    let site: BenchSite
    let gate: ServerGate
    let ledger: AckLedger
    let seed: UInt64

    static let kiosks = 2

    var count: Int { Self.kiosks + site.desks.count }

    func run() async {
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<count {
                group.addTask { await self.worker(index) }
            }
        }
    }

    private func worker(_ index: Int) async {
        var random = SeededGenerator(seed: seed &+ UInt64(index) &* 7919)
        var generation = 0
        var taken = 0
        while let next = await gate.waitForStart(after: generation) {
            generation = next
            guard let client = try? await session.connect(to: endpoint, token: index < Self.kiosks ? BenchTokens.kiosk : BenchTokens.desk, name: "torture-\(index)") else {
                generation -= 1  // not up after all: wait and try again
                try? await Task.sleep(for: .milliseconds(5))
                continue
            }
            do {
                if index < Self.kiosks {
                    try await kiosk(client, index: index, taken: &taken)
                } else {
                    try await desk(client, desk: site.desks[index - Self.kiosks].id, random: &random)
                }
            } catch {
                // The server died under us: wait for the next start.
            }
            await client.close()
        }
    }

    private func kiosk(_ client: FrameClient, index: Int, taken: inout Int) async throws {
        let services = site.services.map(\.id)
        while !gate.isStopped {
            let request = Requests.takeTicket(service: services[taken % services.count], key: "torture-\(index)-\(taken)")
            let result = try await client.call(.takeTicket, request)
            guard result.isOK else { continue }
            ledger.record(try result.reply(WireCommandReply.self))
            taken += 1
        }
    }

    private func desk(_ client: FrameClient, desk: String, random: inout SeededGenerator) async throws {
        _ = try await client.call(.openDesk, Requests.openDesk(desk))
        let services = site.services.map(\.id)
        while !gate.isStopped {
            let called = try await command(client, .callNext, Requests.callNext(desk: desk))
            guard let ticket = called?.ticket, called?.hasTicket == true else {
                try await Task.sleep(for: .milliseconds(2))
                continue
            }
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<5:
                _ = try await command(client, .finish, Requests.finish(desk: desk))
            case 5..<7:
                _ = try await command(client, .markNoShow, Requests.noShow(desk: desk))
            case 7..<9:
                let target = services.filter { $0 != ticket.service }[Int.random(in: 0..<2, using: &random)]
                _ = try await command(client, .transfer, Requests.transfer(ticket: ticket.number, to: target))
            default:
                _ = try await command(client, .recall, Requests.recall(desk: desk))
            }
        }
    }

    /// A desk command; its reply recorded when acknowledged, nil when refused.
    private func command(_ client: FrameClient, _ method: WireProtocol.Method, _ message: some SwiftProtobuf.Message) async throws -> WireCommandReply? {
        let result = try await client.call(method, message)
        guard result.isOK else { return nil }
        let reply = try result.reply(WireCommandReply.self)
        ledger.record(reply)
        return reply
    }
}
