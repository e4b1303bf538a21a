import NIOCore
import WireProtocol

/// What is inside a valid frame reads as what the spec says, or fails with `MessageError`.
enum PayloadInvariants {
    static func check(_ content: Frame.Content) {
        switch content {
        case .hello(let hello):
            if let version = ProtocolVersion.negotiate(hello) {
                require(
                    ProtocolVersion.supported.contains(version) && (hello.minVersion...hello.maxVersion).contains(version),
                    "negotiated version \(version) is outside a range")
            }
        case .welcome(let welcome):
            _ = Role(welcome.role)
        case .request(let request):
            RequestInvariants.check(request)
        case .message(_, let body):
            MessageInvariants.check(Array(body.readableBytesView))
        case .status(_, let status):
            StatusInvariants.check(status)
        case .goAway(let goAway):
            _ = goAway.statusCode
            StatusInvariants.checkDetail(goAway.detail)
        case .cancel, .ping, .pong:
            break
        }
    }
}
