import NIOCore
import QueueCore
import WireProtocol

extension ConnectionHandler {
    /// Subscribe: registers with the backend from `after_seq`; events then arrive through
    /// `deliver` until the call ends.
    func startSubscription(_ request: Frame.Request, deadline: NIODeadline?) {
        let callID = request.callID
        let after: UInt64
        do {
            after = try WireSubscribeRequest(decoding: request.body.readableBytesSpan).afterSeq
        } catch {
            finishCall(callID, .failed(WireCallStatus(error)))
            return
        }
        guard let context else { return }
        let handler = loopBound
        var subscription = OpenSubscription(sink: SubscriptionSink(callID: callID, handler: handler, encoded: server.encodedEvents))
        if let deadline {
            subscription.deadline = context.eventLoop.scheduleTask(deadline: deadline) {
                handler.value.endSubscription(callID, WireCallStatus(.deadlineExceeded, "the subscription's timeout passed"))
            }
        }
        subscriptions[callID] = subscription
        server.subscriptions.add(1, ordering: .relaxed)
        let backend = server.backend
        let sink = subscription.sink
        Task {
            do throws(BackendFailure) {
                let id = try await backend.subscribe(sink, after: after)
                handler.eventLoop.execute { handler.value.subscribed(callID, id) }
            } catch {
                handler.eventLoop.execute {
                    handler.value.endSubscription(callID, error.callStatus(timeZone: handler.value.server.site.timeZone))
                }
            }
        }
    }

    private func subscribed(_ callID: UInt32, _ id: SubscriptionID) {
        guard subscriptions[callID] != nil else {
            server.backend.unsubscribe(id)
            return
        }
        subscriptions[callID]?.id = id
    }

    /// Events for a subscription: written while the socket takes them, queued otherwise; a
    /// queue over the limit ends the call (SLOW_SUBSCRIBER: the client resumes from its seq).
    func deliver(_ callID: UInt32, _ bodies: [ByteBuffer]) {
        guard subscriptions[callID] != nil else { return }
        subscriptions[callID]!.pending.append(contentsOf: bodies)
        flushSubscription(callID)
    }

    func flushSubscription(_ callID: UInt32) {
        guard let context, var subscription = subscriptions[callID] else { return }
        var wrote = false
        while context.channel.isWritable, let body = subscription.pending.popFirst() {
            write(.message(callID: callID, body: body))
            wrote = true
        }
        subscriptions[callID] = subscription
        if wrote { context.flush() }
        if subscription.pending.count > server.limits.subscriberBufferEvents {
            logger.notice("subscriber too slow: ended", metadata: ["call": "\(callID)", "pending": "\(subscription.pending.count)"])
            endSubscription(callID, BackendFailure.slowSubscriber.callStatus(timeZone: server.site.timeZone))
        }
    }

    /// Ends a Subscribe call with `status` and stops its deliveries.
    func endSubscription(_ callID: UInt32, _ status: WireCallStatus) {
        guard subscriptions[callID] != nil else { return }
        removeSubscription(callID)
        finishCall(callID, .failed(status))
    }

    /// Unregisters a subscription from the backend and forgets it.
    func removeSubscription(_ callID: UInt32) {
        guard let subscription = subscriptions.removeValue(forKey: callID) else { return }
        subscription.deadline?.cancel()
        if let id = subscription.id { server.backend.unsubscribe(id) }
        server.subscriptions.subtract(1, ordering: .relaxed)
    }
}
