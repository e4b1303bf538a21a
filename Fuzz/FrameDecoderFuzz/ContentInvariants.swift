import NIOCore
import WireProtocol

/// One decoded frame: the encoder writes it back to the same bytes; its contents either read
/// (and rebuild into a frame that reads the same) or fail with a defined `FrameError`.
enum ContentInvariants {
    static func check(_ frame: Frame, maximumLength: Int) {
        var encoded = ByteBuffer()
        do {
            try FrameEncoder(maximumLength: maximumLength).encode(data: frame, out: &encoded)
        } catch {
            require(false, "the encoder refused a \(frame.type) frame the decoder accepted: \(error)")
        }
        require(Array(encoded.readableBytesView) == frame.wireBytes, "FrameEncoder wrote other bytes than writeFrame")

        let content: Frame.Content
        do {
            content = try frame.content()
        } catch {
            ErrorInvariants.check(error)
            return
        }
        let rebuilt = rebuild(content)
        require(rebuilt.type == frame.type && rebuilt.callID == frame.callID, "\(frame.type) rebuilt as \(rebuilt.type)")
        let reread = try? rebuilt.content()
        require(reread == content, "a rebuilt \(frame.type) frame reads differently")
        switch content {
        case .hello, .welcome, .status, .goAway:
            // Protobuf payloads need not be canonical on input; their re-encoding is.
            require(rebuild(content).wireBytes == rebuilt.wireBytes, "\(frame.type) re-encoding is not stable")
        case .request, .message, .cancel, .ping, .pong:
            require(rebuilt.wireBytes == frame.wireBytes, "a rebuilt \(frame.type) frame has other bytes")
        }
        PayloadInvariants.check(content)
    }

    private static func rebuild(_ content: Frame.Content) -> Frame {
        do {
            return try Frame(content)
        } catch {
            fatalError("invariant broken: Frame(content) threw \(error)")
        }
    }
}
