import NIOCore
import WireProtocol

extension ConnectionHandler {
    /// Runs a call the state machine opened.
    func start(_ request: Frame.Request, _ method: Method) {
        let deadline: NIODeadline? =
            request.timeoutMilliseconds > 0 ? .now() + .milliseconds(Int64(request.timeoutMilliseconds)) : nil
        switch method {
        case .subscribe: startSubscription(request, deadline: deadline)
        case .backup: startBackup(request.callID)
        default: startUnary(request, method, deadline: deadline)
        }
    }

    private func startUnary(_ request: Frame.Request, _ method: Method, deadline: NIODeadline?) {
        guard let context, let role = machine.grant?.role else { return }
        let callID = request.callID
        let handler = loopBound
        let loop = context.eventLoop
        let dispatcher = dispatcher
        let started = dispatcher.startCommand(method, body: request.body, role: role, deadline: deadline) { result in
            loop.execute { handler.value.finishCall(callID, dispatcher.outcome(of: result)) }
        }
        if started { return }
        Task {
            let outcome = await dispatcher.run(method, body: request.body, role: role, deadline: deadline)
            loop.execute { handler.value.finishCall(callID, outcome) }
        }
    }

    private func startBackup(_ callID: UInt32) {
        guard let context else { return }
        let handler = loopBound
        let loop = context.eventLoop
        let streamer = BackupStreamer(server: server, writer: CallStreamWriter(callID: callID, handler: handler))
        backups[callID] = Task {
            let outcome = await streamer.run()
            loop.execute { handler.value.finishCall(callID, outcome) }
        }
    }

    /// CANCEL: streams stop with CANCELLED; a unary call runs to its real outcome, which the
    /// client then learns (docs/PROTOCOL.md section 4).
    func cancel(_ callID: UInt32) {
        if subscriptions[callID] != nil {
            endSubscription(callID, WireCallStatus(.cancelled, "cancelled by the client"))
        } else if let backup = backups[callID] {
            backup.cancel()
            finishCall(callID, .failed(WireCallStatus(.cancelled, "cancelled by the client")))
        }
    }

    /// Ends a call with its reply (if any) and STATUS, once: a call already ended is left alone.
    func finishCall(_ callID: UInt32, _ outcome: CallOutcome) {
        backups[callID] = nil
        guard machine.endCall(callID), let context else { return }
        // The idle timeout counts again from the end of the last open call.
        if !machine.hasCallsInFlight { armIdleTimer(at: machine.lastActivity + idleTimeout) }
        if let message = outcome.message { write(.message(callID: callID, body: message)) }
        let written = write(.status(callID: callID, outcome.status))
        context.flush()
        closeIfDrained(after: written)
    }

    /// One MESSAGE of a stream, flushed; fails when the call or the connection is over.
    func writeStreamMessage(_ callID: UInt32, _ body: ByteBuffer) -> EventLoopFuture<Void> {
        guard let context else { return eventLoop!.makeFailedFuture(ChannelError.ioOnClosedChannel) }
        guard machine.openCalls[callID] != nil, let written = write(.message(callID: callID, body: body)) else {
            return context.eventLoop.makeFailedFuture(CallEnded())
        }
        context.flush()
        return written
    }

    /// GOAWAY with `reason`, then let open calls finish (subscriptions end now) and close, or
    /// close after the drain timeout.
    func drain(_ reason: WireErrorDetail.Reason, _ message: String) {
        guard let context, let drain = machine.startDraining(reason, message) else { return }
        let written = write(.goAway(drain.goAway))
        guard machine.state != .closed else {
            closeAfter(written)
            return
        }
        context.flush()
        logger.info("connection draining", metadata: ["reason": "\(message)"])
        for callID in drain.subscriptions {
            endSubscription(callID, .refusal(.shuttingDown, message))
        }
        let handler = loopBound
        drainTimeout = context.eventLoop.scheduleTask(in: .seconds(Int64(server.limits.drainTimeoutSeconds))) {
            handler.value.context?.close(promise: nil)
        }
        closeIfDrained(after: written)
    }

    /// Closes once `write` is done when the connection is draining and no call is left.
    func closeIfDrained(after write: EventLoopFuture<Void>?) {
        if machine.isDrained { closeAfter(write) }
    }
}

/// The call ended (cancelled, or its connection closed) while a stream was still writing.
struct CallEnded: Error, CustomStringConvertible {
    var description: String { "the call has ended" }
}
