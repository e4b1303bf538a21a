import QueueCore
import WireProtocol

/// Follows the queue for a board or a desk, whatever happens to the network or the server:
/// connect, GetSiteInfo, GetStatus, Subscribe from its `lastSeq`; on any failure reconnect with
/// capped exponential backoff and jitter and resume from the last `seq` seen; when the server
/// cannot resume from there, read the status again. `updates` never ends until the task
/// iterating it is cancelled.
public final class LiveQueue: Sendable {
    public let endpoint: Endpoint
    public let configuration: ClientConfiguration
    public let backoff: Backoff
    private let state = MutexBox<QueueClient?>(nil)

    public init(endpoint: Endpoint, configuration: ClientConfiguration, backoff: Backoff = Backoff()) {
        self.endpoint = endpoint
        self.configuration = configuration
        self.backoff = backoff
    }

    /// The connection in use now, for commands (a desk's CallNext); nil while disconnected.
    public var client: QueueClient? { state.value }

    /// The updates, as long as the consumer iterates.
    public func updates() -> AsyncStream<LiveUpdate> {
        AsyncStream { continuation in
            let task = Task { await self.run(continuation) }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private func run(_ continuation: AsyncStream<LiveUpdate>.Continuation) async {
        var backoff = self.backoff
        var lastSeq: UInt64?
        while !Task.isCancelled {
            do {
                let client = try await QueueClient.connect(to: endpoint, configuration: configuration)
                state.value = client
                let site = try await client.getSiteInfo()
                backoff.reset()
                if let seq = lastSeq {
                    continuation.yield(.resumed(site))
                    lastSeq = try await follow(client, after: seq, continuation, backoff: &backoff)
                } else {
                    let status = try await client.getStatus()
                    continuation.yield(.synced(site, status))
                    lastSeq = try await follow(client, after: status.lastSeq, continuation, backoff: &backoff)
                }
            } catch let error as LiveQueueStop {
                lastSeq = error.lastSeq
                if error.cause.reason == .cannotResume {
                    lastSeq = nil
                    continue
                }
                await pause(error.cause, &backoff, continuation)
            } catch let error as ClientError {
                await pause(error, &backoff, continuation)
            } catch {
                await pause(ClientError(.unknown, "\(error)", origin: .local), &backoff, continuation)
            }
        }
        await state.value?.close()
        continuation.finish()
    }

    /// Reads the subscription until it ends; always throws `LiveQueueStop` with the last seq.
    private func follow(
        _ client: QueueClient, after seq: UInt64, _ continuation: AsyncStream<LiveUpdate>.Continuation,
        backoff: inout Backoff
    ) async throws -> UInt64 {
        var last = seq
        do {
            for try await received in try client.subscribe(after: seq) {
                backoff.reset()
                if let event = received.event { continuation.yield(.event(event)) }
                last = received.seq
            }
            throw LiveQueueStop(lastSeq: last, cause: .connectionLost("the subscription ended"))
        } catch let error as ClientError {
            if error.origin == .server, error.reason != .cannotResume { backoff.reset() }
            throw LiveQueueStop(lastSeq: last, cause: error)
        }
    }

    private func pause(
        _ error: ClientError, _ backoff: inout Backoff, _ continuation: AsyncStream<LiveUpdate>.Continuation
    ) async {
        let old = state.value
        state.value = nil
        await old?.close()
        let delay = backoff.nextDelay()
        continuation.yield(.disconnected(error, retryIn: delay))
        try? await Task.sleep(for: delay)
    }
}

/// How a subscription ended, with the last seq applied before it did.
struct LiveQueueStop: Error {
    var lastSeq: UInt64
    var cause: ClientError
}
