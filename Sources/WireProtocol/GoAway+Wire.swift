extension WireGoAway {
    /// A GOAWAY: calls up to `lastCallID` are processed, later ones are not (safe to retry).
    public init(lastCallID: UInt32, _ code: StatusCode, _ message: String, detail: WireErrorDetail? = nil) {
        self.init()
        self.lastCallID = lastCallID
        self.code = code.rawValue
        self.message = message
        if let detail { self.detail = detail }
    }

    /// The GOAWAY that answers a broken frame before the connection closes.
    public init(_ error: FrameError, lastCallID: UInt32) {
        let reason = error.reason
        self.init(
            lastCallID: lastCallID, reason.statusCode, error.description,
            detail: .with {
                $0.reason = reason
                $0.text = error.description
            })
    }

    /// The code as a `StatusCode` (an unknown value reads as `.unknown`).
    public var statusCode: StatusCode { StatusCode(wireValue: code) }
}
