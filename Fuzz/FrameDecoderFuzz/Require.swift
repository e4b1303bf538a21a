/// Traps with `message` when an invariant does not hold: libFuzzer records the input.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant broken: \(message())") }
}
