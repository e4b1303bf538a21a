import Glibc

/// Drives a program in a detached tmux session as a person would: keys in, screen text out.
/// Every wait polls the pane with a generous timeout, so a loaded machine is only slower.
struct Tmux {
    let session: String

    static var available: Bool { system("command -v tmux >/dev/null 2>&1") == 0 }

    /// The built `queuectl` next to the test bundle, nil when not built.
    static var queuectl: String? {
        let file = #filePath
        let tests = file[..<file.firstRange(of: "/Tests/")!.lowerBound]
        let path = String(tests) + "/.build/debug/queuectl"
        return access(path, X_OK) == 0 ? path : nil
    }

    /// Starts `command` in an 80×24 session.
    static func start(_ name: String, _ command: String) -> Tmux {
        let session = "kc-\(name)-\(getpid())"
        _ = system("tmux kill-session -t \(session) 2>/dev/null")
        _ = system("tmux new-session -d -s \(session) -x 80 -y 24 \(quote(command))")
        return Tmux(session: session)
    }

    func send(_ keys: String...) {
        for key in keys { _ = system("tmux send-keys -t \(session) \(Self.quote(key))") }
    }

    /// The visible pane, one string per row.
    func capture() -> String {
        guard let pipe = popen("tmux capture-pane -p -t \(session) 2>/dev/null", "r") else { return "" }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        pclose(pipe)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Waits until the pane shows `text` (up to `seconds`); the pane as last seen.
    @discardableResult
    func waitFor(_ text: String, seconds: Int = 30) async -> (found: Bool, pane: String) {
        var pane = ""
        for _ in 0..<(seconds * 10) {
            pane = capture()
            if pane.contains(text) { return (true, pane) }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return (false, pane)
    }

    func kill() { _ = system("tmux kill-session -t \(session) 2>/dev/null") }

    static func quote(_ text: String) -> String { "'" + text.replacing("'", with: "'\\''") + "'" }
}
