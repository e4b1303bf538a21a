import WireProtocol

/// A `QueueClient` that is (re)connected on demand: calls go through `call`, which connects
/// when there is no live connection, and on a retryable failure (server unreachable, restarting,
/// going away, busy) waits with `Backoff` and tries again until `patience` runs out. The body is
/// run again on retry, so it must be safe to repeat: reads, and TakeTicket with the same key.
public actor ReconnectingClient {
    public let endpoint: Endpoint
    public let configuration: ClientConfiguration
    private var client: QueueClient?
    private var connecting: Task<QueueClient, any Error>?
    private var backoff: Backoff

    public init(endpoint: Endpoint, configuration: ClientConfiguration, backoff: Backoff = Backoff()) {
        self.endpoint = endpoint
        self.configuration = configuration
        self.backoff = backoff
    }

    /// The live connection, connecting once if there is none. Throws the connect error.
    public func current() async throws -> QueueClient {
        if let client, client.isOpen { return client }
        client = nil
        if let connecting { return try await connecting.value }
        let endpoint = self.endpoint
        let configuration = self.configuration
        let task = Task { try await QueueClient.connect(to: endpoint, configuration: configuration) }
        connecting = task
        defer { connecting = nil }
        let connected = try await task.value
        client = connected
        return connected
    }

    /// Runs `body` on a live connection; retries retryable failures for up to `patience`.
    public func call<T: Sendable>(
        patience: Duration = .seconds(30), _ body: @Sendable (QueueClient) async throws -> T
    ) async throws -> T {
        let deadline = ContinuousClock.now + patience
        var backoff = self.backoff
        while true {
            do {
                let result = try await body(try await current())
                return result
            } catch let error as ClientError where error.isRetryable {
                if error.origin != .server || error.code == .unavailable { await drop() }
                let delay = backoff.nextDelay()
                guard ContinuousClock.now + delay < deadline, !Task.isCancelled else { throw error }
                try await Task.sleep(for: delay)
            }
        }
    }

    /// Forgets the connection (closing it), so the next call reconnects.
    public func drop() async {
        let old = client
        client = nil
        await old?.close()
    }
}
