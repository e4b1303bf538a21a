import QueueCore

extension WireCallStatus {
    /// A status with `code`, a sentence for people, and optionally a detail for programs.
    public init(_ code: StatusCode, _ message: String, detail: WireErrorDetail? = nil) {
        self.init()
        self.code = code.rawValue
        self.message = message
        if let detail { self.detail = detail }
    }

    /// The status OK.
    public static var ok: WireCallStatus { WireCallStatus(.ok, "") }

    /// A refusal by the queue rules; `timeZone` gives the instant of a next opening.
    public init(_ error: QueueError, timeZone: TimeZoneRules) {
        let detail = WireErrorDetail(error, timeZone: timeZone)
        self.init(detail.reason.statusCode, error.description, detail: detail)
    }

    /// A request that did not decode or validate.
    public init(_ error: MessageError) {
        let detail = WireErrorDetail.with {
            $0.reason = .malformedRequest
            $0.field = error.field ?? ""
            $0.text = error.description
        }
        self.init(detail.reason.statusCode, "malformed request: \(error)", detail: detail)
    }

    /// The code as a `StatusCode` (an unknown value reads as `.unknown`).
    public var statusCode: StatusCode { StatusCode(wireValue: code) }
}
