import QueueCore

extension WireTicketState {
    init(_ kind: TicketState.Kind) {
        switch kind {
        case .waiting: self = .waiting
        case .called: self = .called
        case .done: self = .done
        case .noShow: self = .noShow
        case .cancelled: self = .cancelled
        }
    }
}

extension TicketState.Kind {
    init(_ message: WireTicketState, _ field: String) throws(MessageError) {
        switch message {
        case .waiting: self = .waiting
        case .called: self = .called
        case .done: self = .done
        case .noShow: self = .noShow
        case .cancelled: self = .cancelled
        case .unspecified: throw .missing(field: field)
        case .UNRECOGNIZED: throw .unknownCase(field: field)
        }
    }
}
