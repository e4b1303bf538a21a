import WireProtocol

/// A `FrameError` is defined: it has a message, and the GOAWAY that answers it says it.
enum ErrorInvariants {
    static func check(_ error: FrameError) {
        require(!error.description.isEmpty, "\(error) has no message")
        let goAway = WireGoAway(error, lastCallID: 1)
        require(goAway.message == error.description, "the GOAWAY for \(error) says '\(goAway.message)'")
        require(goAway.statusCode == goAway.detail.reason.statusCode, "the GOAWAY for \(error) has a mismatched code")
    }
}
