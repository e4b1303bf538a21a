import NIOCore
import QueueCore

/// Receives a Subscribe call's events from the backend's thread and hops with them to the
/// connection's event loop, where `ConnectionHandler` writes them as the socket allows.
final class SubscriptionSink: EventSubscriber {
    let callID: UInt32
    private let handler: NIOLoopBound<ConnectionHandler>
    private let encoded: EncodedEvents

    init(callID: UInt32, handler: NIOLoopBound<ConnectionHandler>, encoded: EncodedEvents) {
        self.callID = callID
        self.handler = handler
        self.encoded = encoded
    }

    func receive(_ events: [QueueEvent]) {
        let handler = handler
        let callID = callID
        let bodies = encoded.bodies(for: events)
        handler.eventLoop.execute { handler.value.deliver(callID, bodies) }
    }

    func finish(_ reason: BackendFailure) {
        let handler = handler
        let callID = callID
        handler.eventLoop.execute {
            handler.value.endSubscription(callID, reason.callStatus(timeZone: handler.value.server.site.timeZone))
        }
    }
}

/// A Subscribe call on a connection: its registration with the backend and the encoded events
/// not yet written because the socket is full.
struct OpenSubscription {
    let sink: SubscriptionSink
    /// Known once `subscribe` returned.
    var id: SubscriptionID?
    var pending = CircularBuffer<ByteBuffer>()
    /// The call's timeout, when it has one.
    var deadline: Scheduled<Void>?

    init(sink: SubscriptionSink) {
        self.sink = sink
    }
}
