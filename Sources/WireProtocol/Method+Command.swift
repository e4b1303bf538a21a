import NIOCore
import QueueCore

extension Method {
    /// The method that carries `command`; nil for `rollOver`, which only the server sends.
    public init?(command: QueueCommand) {
        switch command {
        case .takeTicket: self = .takeTicket
        case .checkIn: self = .checkIn
        case .callNext: self = .callNext
        case .recall: self = .recall
        case .markNoShow: self = .markNoShow
        case .finish: self = .finish
        case .reinstate: self = .reinstate
        case .transfer: self = .transfer
        case .cancel: self = .cancel
        case .flagUrgent: self = .flagUrgent
        case .openDesk: self = .openDesk
        case .pauseDesk: self = .pauseDesk
        case .bookAppointment: self = .bookAppointment
        case .cancelAppointment: self = .cancelAppointment
        case .rollOver: return nil
        }
    }

    /// Whether the method drives a `QueueCommand` (and answers with a `CommandReply`).
    public var drivesCommand: Bool { requestType is any CommandRequest.Type }

    /// The command a REQUEST body asks for, for methods that drive one (nil for the others).
    /// Throws `MessageError` when the body does not decode or a field is malformed: the call
    /// ends with INVALID_ARGUMENT (`WireCallStatus(_: MessageError)`).
    public func command(from body: ByteBuffer, context: CommandContext) throws -> QueueCommand? {
        guard let type = requestType as? any CommandRequest.Type else { return nil }
        return try type.init(decoding: body.readableBytesSpan).command(in: context)
    }
}
