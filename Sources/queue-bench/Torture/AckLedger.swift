import NIOConcurrencyHelpers
import WireProtocol

/// Every ticket version the server acknowledged (STATUS OK), in arrival order, shared by the
/// torture's clients. `unverified` hands the checker what it has not yet found in the log.
final class AckLedger: Sendable {
    private struct State {
        var acks: [WireTicket] = []
        var operations = 0
        var verified = 0
    }

    private let state = NIOLockedValueBox(State())

    /// One acknowledged operation, with the tickets its reply carried.
    func record(_ reply: WireCommandReply) {
        state.withLockedValue { state in
            state.operations += 1
            if reply.hasFinished { state.acks.append(reply.finished) }
            if reply.hasTicket { state.acks.append(reply.ticket) }
        }
    }

    var operations: Int { state.withLockedValue { $0.operations } }

    /// The acknowledged ticket versions not yet checked; marks them checked.
    func takeUnverified() -> [WireTicket] {
        state.withLockedValue { state in
            let fresh = Array(state.acks[state.verified...])
            state.verified = state.acks.count
            return fresh
        }
    }

    var all: [WireTicket] { state.withLockedValue { $0.acks } }
}
