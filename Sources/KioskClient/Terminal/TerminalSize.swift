import Glibc

/// Rows and columns of a terminal.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    public static let standard = TerminalSize(rows: 24, columns: 80)

    public func fits(_ needed: TerminalSize) -> Bool { rows >= needed.rows && columns >= needed.columns }

    /// The size of the terminal on `descriptor` (TIOCGWINSZ), nil when it is not a terminal.
    public static func of(descriptor: Int32) -> TerminalSize? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return nil }
        return TerminalSize(rows: Int(size.ws_row), columns: Int(size.ws_col))
    }

    public var description: String { "\(columns)×\(rows)" }
}
