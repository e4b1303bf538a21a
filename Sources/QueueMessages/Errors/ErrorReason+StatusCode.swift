extension WireErrorDetail.Reason {
    /// The status code a call or connection ends with for this reason: the one table both the
    /// server and docs/PROTOCOL.md follow.
    public var statusCode: StatusCode {
        switch self {
        case .unknownService, .unknownDesk, .unknownTicket, .unknownAppointmentCode:
            .notFound
        case .deskServesNothing, .noCurrentTicket, .invalidTransition, .alreadyInService, .closed,
            .appointmentNotToday, .appointmentCancelled, .appointmentAlreadyUsed, .unsupportedVersion,
            .invalidConfiguration:
            .failedPrecondition
        case .dailyCapReached, .noFreeAppointmentCode, .tooManyCalls, .slowSubscriber, .frameTooLarge:
            .resourceExhausted
        case .malformedAppointmentCode, .invalidSlot, .invalidArgument, .malformedRequest, .protocolViolation:
            .invalidArgument
        case .unknownMethod: .unimplemented
        case .roleNotAllowed: .permissionDenied
        case .badToken: .unauthenticated
        case .cannotResume: .outOfRange
        case .shuttingDown, .storageFailed, .idleTimeout: .unavailable
        case .unspecified, .UNRECOGNIZED: .unknown
        }
    }
}
