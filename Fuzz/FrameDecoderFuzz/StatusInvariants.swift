import QueueCore
import WireProtocol

/// A STATUS: its code reads (unknown ones as UNKNOWN) and a queue-rule detail reads as a
/// `QueueError` that travels back to itself, or fails with `MessageError`.
enum StatusInvariants {
    static func check(_ status: WireCallStatus) {
        _ = StatusCode(wireValue: status.code)
        checkDetail(status.detail)
    }

    static func checkDetail(_ detail: WireErrorDetail) {
        _ = detail.reason.statusCode
        let error: QueueError
        do {
            guard let decoded = try QueueError(detail) else { return }
            error = decoded
        } catch let error as MessageError {
            require(!error.description.isEmpty, "a MessageError without a message")
            return
        } catch {
            fatalError("invariant broken: QueueError(detail) threw \(type(of: error)) \(error)")
        }
        let back = WireCallStatus(error, timeZone: .utc)
        do {
            require(try QueueError(back.detail) == error, "\(error) does not travel back to itself")
        } catch {
            fatalError("invariant broken: the detail of \(error) does not decode: \(error)")
        }
    }
}
