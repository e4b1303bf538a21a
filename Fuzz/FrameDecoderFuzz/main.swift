// libFuzzer entry point for the frame decoder. Built by `scripts/fuzz` only, with
// `-sanitize=fuzzer,address -parse-as-library`: libFuzzer supplies `main` and calls this once
// per input. Any broken invariant traps with a message, which libFuzzer saves as a crash.

@_cdecl("LLVMFuzzerTestOneInput")
public func frameDecoderFuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = count == 0 ? [] : Array(UnsafeRawBufferPointer(start: start, count: count))
    DecoderInvariants.check(bytes)
    return 0
}
