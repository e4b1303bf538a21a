import ArgumentParser
import Glibc
import SiteConfig

/// `queue-server check-config FILE`: the problems with their line numbers (exit 1), or a
/// summary of the site.
struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Checks a site configuration file: problems with line numbers, or a summary of the site.")

    @Argument(help: "The site configuration file.")
    var file: String

    func run() throws {
        let (ok, report) = SiteConfigLoader.check(path: file)
        guard ok else {
            let text = report + "\n"
            _ = text.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
            throw ExitCode(1)
        }
        print(report)
    }
}
