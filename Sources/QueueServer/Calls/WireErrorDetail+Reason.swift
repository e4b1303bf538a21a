import WireProtocol

extension WireErrorDetail {
    /// A detail carrying only `reason` (and `text` when given).
    static func reason(_ reason: Reason, text: String = "") -> WireErrorDetail {
        .with {
            $0.reason = reason
            $0.text = text
        }
    }
}

extension WireCallStatus {
    /// A refusal by the server or the protocol: the code of `reason`, a sentence, the reason.
    static func refusal(_ reason: WireErrorDetail.Reason, _ message: String, text: String = "") -> WireCallStatus {
        WireCallStatus(reason.statusCode, message, detail: .reason(reason, text: text))
    }
}
