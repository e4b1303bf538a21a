import Glibc
@testable import KioskClient
import Testing

/// The board's announcements through a stand-in for espeak-ng: a script that logs when it
/// starts and ends and what it was asked to say, and takes a while about it.
@Suite("SpeechQueue")
struct SpeechQueueTests {
    static func fakeSpeaker(in directory: String) -> (program: String, log: String) {
        let program = "\(directory)/speak"
        let log = "\(directory)/said.log"
        let script = """
            #!/bin/sh
            echo "start $2 $4" >> '\(log)'
            sleep 0.15
            echo "end" >> '\(log)'

            """
        Fixtures.write(Array(script.utf8), to: program)
        chmod(program, 0o755)
        return (program, log)
    }

    static func lines(_ path: String) -> [String] {
        String(decoding: Fixtures.read(path) ?? [], as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test("announcements are said one after the other, in order, each with its language's voice")
    func oneAtATime() async throws {
        let directory = Fixtures.temporaryDirectory()
        defer { Fixtures.remove(directory) }
        let speaker = Self.fakeSpeaker(in: directory)
        let speech = SpeechQueue(program: speaker.program)
        #expect(await !speech.isSilent)
        await speech.say("M-001", language: "fr")
        await speech.say("S-002", language: "ar-MA")
        await speech.say("P-003", language: "nl")

        var said: [String] = []
        for _ in 0..<300 {
            said = Self.lines(speaker.log)
            if said.count == 6 { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        // Never two at once: every start is followed by its end before the next start.
        #expect(said == ["start fr M-001", "end", "start ar S-002", "end", "start nl P-003", "end"])
        #expect(await speech.spoken == ["M-001", "S-002", "P-003"])
    }

    @Test("without a speech program the board stays silent and still records what it would say")
    func silentWithoutProgram() async {
        let speech = SpeechQueue(program: "/nonexistent/espeak-ng")
        #expect(await speech.isSilent)
        await speech.say("M-001", language: "fr")
        #expect(await speech.spoken == ["M-001"])
    }
}
