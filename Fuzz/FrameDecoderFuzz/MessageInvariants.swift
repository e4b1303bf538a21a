import QueueCore
import SwiftProtobuf
import WireProtocol

/// A MESSAGE body, read as each response message that maps to a core value: the mapping either
/// fails with `MessageError` or gives a value that travels to the wire and back unchanged.
enum MessageInvariants {
    static func check(_ body: [UInt8]) {
        roundTrip(body, QueueEvent.init, WireQueueEvent.init)
        roundTrip(body, CommandReply.init, WireCommandReply.init)
        roundTrip(body, QueueStatus.init, WireQueueStatus.init)
        roundTrip(body, WaitingList.init, WireWaitingList.init)
        roundTrip(body, PeriodReport.init, WireReport.init)
        roundTrip(body, SiteConfiguration.init) { WireSiteInfo($0, at: Timestamp(millisecondsSinceEpoch: 0)) }
    }

    static func roundTrip<Wire: SwiftProtobuf.Message, Value: Equatable>(
        _ body: [UInt8], _ toValue: (Wire) throws -> Value, _ toWire: (Value) -> Wire
    ) {
        guard let wire = try? Wire(decoding: body) else { return }
        let value: Value
        do {
            value = try toValue(wire)
        } catch let error as MessageError {
            require(!error.description.isEmpty, "a MessageError without a message")
            return
        } catch {
            fatalError("invariant broken: \(Value.self) from \(Wire.self) threw \(type(of: error)) \(error)")
        }
        do {
            require(try toValue(toWire(value)) == value, "\(Value.self) does not travel back to itself: \(value)")
        } catch {
            fatalError("invariant broken: \(Value.self) \(value) does not decode from its own encoding: \(error)")
        }
    }
}
