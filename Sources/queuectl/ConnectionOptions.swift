import ArgumentParser
import Glibc
import KioskClient

/// Where the server is and which token to present: options, then environment, then defaults.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: "tcp://HOST:PORT or unix:/PATH (env QUEUECTL_SERVER).")
    var server: String?

    @Option(name: .long, help: "A file holding the device token (env QUEUECTL_TOKEN holds the token itself).")
    var tokenFile: String?

    @Option(name: .long, help: "Seconds to wait for the server to answer.")
    var timeout: Int = 10

    func endpoint() throws -> Endpoint {
        let text = server ?? environment("QUEUECTL_SERVER") ?? Endpoint.default.description
        switch Endpoint.parse(text) {
        case .success(let endpoint): return endpoint
        case .failure(let error): throw ValidationError(error.description)
        }
    }

    func token() throws -> String {
        if let tokenFile {
            guard let text = readFile(tokenFile) else { throw ValidationError("cannot read the token file \(tokenFile)") }
            let first = text.split(whereSeparator: \.isNewline).first ?? ""
            return String(first.filter { $0 != " " && $0 != "\t" && $0 != "\r" })
        }
        return environment("QUEUECTL_TOKEN") ?? ""
    }

    func configuration(name: String) throws -> ClientConfiguration {
        ClientConfiguration(
            token: try token(), clientName: name, connectTimeout: .seconds(max(1, timeout)),
            callTimeout: .seconds(max(1, timeout)))
    }

    func connect(name: String) async throws -> QueueClient {
        try await QueueClient.connect(to: try endpoint(), configuration: try configuration(name: name))
    }

    /// Runs `body` on a fresh connection, closed (and awaited) before returning or throwing, so
    /// the process never exits with a close still in flight.
    func withClient(name: String, _ body: (QueueClient) async throws -> Void) async throws {
        let client = try await connect(name: name)
        do {
            try await body(client)
        } catch {
            await client.close()
            throw error
        }
        await client.close()
    }
}

func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
}

func readFile(_ path: String) -> String? {
    FileBytes.read(path).map { String(decoding: $0, as: UTF8.self) }
}
