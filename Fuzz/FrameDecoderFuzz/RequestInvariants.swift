import QueueCore
import WireProtocol

/// A REQUEST of a known method: its body reads as the method's request message and, for the
/// methods that drive one, as a command that travels back to the same command; or it fails
/// with `MessageError` (the call's INVALID_ARGUMENT). An unknown method id is only that call's
/// UNIMPLEMENTED, so there is nothing more to read.
enum RequestInvariants {
    static let context = CommandContext(entropy: 77, mayMarkUrgent: true, defaultLanguage: "fr")

    static func check(_ request: Frame.Request) {
        guard let method = request.method else { return }
        _ = try? method.requestType.init(decoding: Array(request.body.readableBytesView))
        let command: QueueCommand
        do {
            guard let decoded = try method.command(from: request.body, context: context) else {
                require(!method.drivesCommand, "\(method) drives a command but gave none")
                return
            }
            command = decoded
        } catch let error as MessageError {
            require(!error.description.isEmpty, "a MessageError without a message")
            _ = WireCallStatus(error)
            return
        } catch {
            fatalError("invariant broken: \(method) threw \(type(of: error)) \(error), not a MessageError")
        }
        require(Method(command: command) == method, "\(method) gave a command of another method: \(command)")
        guard let again = command.request else { fatalError("invariant broken: \(command) has no request") }
        do {
            require(try again.command(in: context) == command, "\(command) does not travel back to itself")
        } catch {
            fatalError("invariant broken: the request of \(command) does not decode: \(error)")
        }
    }
}
