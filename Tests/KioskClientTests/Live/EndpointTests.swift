import KioskClient
import Testing

@Suite struct EndpointTests {
    @Test func parsesTheDocumentedForms() {
        #expect(Endpoint("tcp://127.0.0.1:7878") == .tcp(host: "127.0.0.1", port: 7878))
        #expect(Endpoint("queue.local:9000") == .tcp(host: "queue.local", port: 9000))
        #expect(Endpoint("queue.local") == .tcp(host: "queue.local", port: 7878))
        #expect(Endpoint("tcp://[::1]:7878") == .tcp(host: "::1", port: 7878))
        #expect(Endpoint("unix:/run/queue-server/queue.sock") == .unix(path: "/run/queue-server/queue.sock"))
        #expect(Endpoint("/run/queue.sock") == .unix(path: "/run/queue.sock"))
    }

    @Test func refusesNonsenseWithAHint() {
        #expect(Endpoint("tcp://host:99999") == nil)
        #expect(Endpoint("unix:") == nil)
        guard case .failure(let error) = Endpoint.parse("tcp://:12") else {
            Issue.record("parsed")
            return
        }
        #expect(error.description.contains("tcp://HOST:PORT"))
    }
}
