import ArgumentParser
import Glibc
import KioskClient
import QueueCore

/// Prints a failed call as one clear line on stderr and exits with the code `queuectl --help`
/// documents: 1 refused by the queue rules, 3 unreachable, 4 authentication, 5 other.
enum Failure {
    static func exitCode(for error: ClientError) -> Int32 {
        if error.origin == .unreachable || error.origin == .connectionLost { return 3 }
        switch error.code {
        case .unauthenticated, .permissionDenied: return 4
        case .unavailable: return 3
        default: break
        }
        if error.isRuleRefusal { return 1 }
        return 5
    }

    /// Runs `body`, turning a `ClientError` into its message and exit code.
    static func guarding(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ClientError {
            write(to: 2, "queuectl: \(message(error))\n")
            throw ExitCode(exitCode(for: error))
        }
    }

    static func message(_ error: ClientError) -> String {
        if case .unknownService(let service, let valid)? = error.queueError {
            return "unknown service '\(service)'; valid services: \(valid.map(\.rawValue).joined(separator: ", "))"
        }
        if error.code == .unauthenticated { return "\(error.message) (check --token-file or QUEUECTL_TOKEN)" }
        return error.description
    }

    /// A usage error (exit 2) about a service that does not exist, listing the valid ones.
    static func unknownService(_ name: String, site: SiteInfo) -> ValidationError {
        ValidationError(
            "unknown service '\(name)'; valid services: "
                + site.services.map { "\($0.id) (\($0.label(in: site.languages.first ?? "fr")))" }.joined(separator: ", "))
    }

    /// The language `text` names, or a usage error.
    static func language(_ text: String?) throws -> LanguageCode? {
        guard let text else { return nil }
        guard let code = LanguageCode(text) else { throw ValidationError("'\(text)' is not a language code like fr") }
        return code
    }

    /// The service called `name` (id or label), or the usage error listing the valid ones.
    static func service(_ name: String, in site: SiteInfo) throws -> Service {
        guard let service = site.service(named: name) else { throw unknownService(name, site: site) }
        return service
    }
}

/// Writes a line to stdout.
func output(_ text: String) {
    write(to: 1, text.hasSuffix("\n") ? text : text + "\n")
}

/// Writes all of `text` to a file descriptor.
func write(to descriptor: Int32, _ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return }
        bytes = bytes.dropFirst(count)
    }
}
