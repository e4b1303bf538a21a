/// A line that is not valid in the file's TOML subset, with where the reading stopped.
struct TOMLSyntaxError: Error, Sendable {
    var position: SourcePosition
    var message: String

    init(_ message: String, at position: SourcePosition) {
        self.message = message
        self.position = position
    }
}
