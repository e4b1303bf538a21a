/// One worked example of docs/PROTOCOL.md section 11: a fenced block whose info string is
/// `hex NAME.vector…`, holding the bytes of those vectors in order. Each line is hex bytes, then
/// two spaces or more and a comment; a line that does not start with hex is a comment; `…`
/// stands for one byte or more left out.
struct SpecExample: CustomStringConvertible {
    let vectors: [String]
    /// The bytes shown, in runs; a `…` separates two runs.
    private(set) var runs: [[UInt8]] = []
    /// Whether a `…` comes before the first byte or after the last (the spec has none).
    private(set) var hasOpenEnd = false
    private var gapPending = false

    var description: String { vectors.joined(separator: " ") }

    init(vectors: [String]) { self.vectors = vectors }

    /// Every such block of the spec, in order.
    static func all(in markdown: String) -> [SpecExample] {
        var examples: [SpecExample] = []
        var current: SpecExample?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if var example = current {
                    example.hasOpenEnd = example.hasOpenEnd || example.gapPending
                    examples.append(example)
                    current = nil
                } else if line.hasPrefix("```hex ") {
                    current = SpecExample(vectors: line.dropFirst(7).split(separator: " ").map(String.init))
                }
            } else {
                current?.read(line)
            }
        }
        return examples
    }

    /// Adds the hex of one line: what comes before the first run of two spaces, if it is all hex.
    private mutating func read(_ line: Substring) {
        let text = line.drop { $0 == " " }
        let hex = text.ranges(of: "  ").first.map { text[..<$0.lowerBound] } ?? text
        let tokens = hex.split(separator: " ")
        guard !tokens.isEmpty, tokens.allSatisfy({ $0 == "…" || ($0.count == 2 && UInt8($0, radix: 16) != nil) }) else {
            return
        }
        for token in tokens {
            guard let byte = UInt8(token, radix: 16) else {
                hasOpenEnd = hasOpenEnd || runs.isEmpty
                gapPending = true
                continue
            }
            if runs.isEmpty || gapPending {
                runs.append([byte])
                gapPending = false
            } else {
                runs[runs.count - 1].append(byte)
            }
        }
    }

    /// Whether `bytes` are what the example shows.
    func matches(_ bytes: [UInt8]) -> Bool {
        guard let first = runs.first, let last = runs.last, !hasOpenEnd else { return false }
        if runs.count == 1 { return bytes == first }
        guard bytes.count > first.count + last.count, bytes.starts(with: first), bytes.suffix(last.count).elementsEqual(last)
        else { return false }
        // Each middle run, in order, after at least one left-out byte, before the last run.
        var position = first.count + 1
        let end = bytes.count - last.count - 1
        for run in runs.dropFirst().dropLast() {
            guard let found = (position..<max(position, end - run.count + 1)).first(where: { bytes[$0...].starts(with: run) })
            else { return false }
            position = found + run.count + 1
        }
        return position <= end + 1
    }
}
