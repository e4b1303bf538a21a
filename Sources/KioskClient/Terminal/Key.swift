/// A key press, as the screens understand it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case escape
    case backspace
    case tab
    case up, down, left, right
    /// Ctrl-C or Ctrl-D: leave (desk, board; a kiosk ignores it unless allowed).
    case interrupt

    /// The digit this key is, if it is one (also from a numeric keypad in application mode).
    public var digit: Int? {
        guard case .character(let c) = self, let value = c.wholeNumberValue, c.isASCII else { return nil }
        return value
    }
}
