import Glibc

/// Says announcements one after the other through an offline speech program (`espeak-ng`),
/// never two at once and never cutting one short: each waits for the previous to end. When no
/// speech program is installed it stays silent and the board goes on.
public actor SpeechQueue {
    public let program: String?
    private var pending: [(text: String, voice: String)] = []
    private var speaking = false
    /// What was said (or would have been, when silent), for logs and tests.
    public private(set) var spoken: [String] = []

    /// `program` nil: look for `espeak-ng` on the PATH.
    public init(program: String? = nil) {
        self.program = SpeechQueue.find(program ?? "espeak-ng")
    }

    public var isSilent: Bool { program == nil }

    /// Queues `text`, said with the voice for `language` ("fr", "nl", "en", "ar").
    public func say(_ text: String, language: String) {
        spoken.append(text)
        guard program != nil else { return }
        pending.append((text, String(language.split(separator: "-").first ?? "en")))
        if !speaking {
            speaking = true
            Task { await drain() }
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            let next = pending.removeFirst()
            if let program { await Self.run(program, ["-v", next.voice, "--", next.text]) }
        }
        speaking = false
    }

    /// Runs the program and waits for it to exit, on a thread that may block.
    static func run(_ program: String, _ arguments: [String]) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let thread = ProcessRunner(program: program, arguments: arguments) { continuation.resume() }
            thread.start()
        }
    }

    /// The full path of `name`: itself if it has a slash, else the first match on PATH.
    static func find(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
