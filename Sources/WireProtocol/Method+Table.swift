import SwiftProtobuf

extension Method {
    public var kind: Kind {
        switch self {
        case .subscribe, .backup: .serverStreaming
        default: .unary
        }
    }

    /// The roles that may call the method; admin is always among them.
    public var roles: Set<Role> {
        switch self {
        case .getSiteInfo, .getStatus: [.kiosk, .display, .desk, .admin]
        case .subscribe: [.display, .desk, .admin]
        case .takeTicket, .checkIn: [.kiosk, .desk, .admin]
        case .callNext, .recall, .markNoShow, .finish, .reinstate, .transfer, .cancel, .flagUrgent, .openDesk,
            .pauseDesk, .bookAppointment, .cancelAppointment, .listWaiting:
            [.desk, .admin]
        case .getReport, .backup, .reloadConfig, .getServerInfo: [.admin]
        }
    }

    public func allows(_ role: Role) -> Bool { roles.contains(role) }

    /// The message type of the REQUEST body.
    public var requestType: any SwiftProtobuf.Message.Type {
        switch self {
        case .getSiteInfo: WireGetSiteInfoRequest.self
        case .getStatus: WireGetStatusRequest.self
        case .subscribe: WireSubscribeRequest.self
        case .takeTicket: WireTakeTicketRequest.self
        case .checkIn: WireCheckInRequest.self
        case .callNext: WireCallNextRequest.self
        case .recall: WireRecallRequest.self
        case .markNoShow: WireMarkNoShowRequest.self
        case .finish: WireFinishRequest.self
        case .reinstate: WireReinstateRequest.self
        case .transfer: WireTransferRequest.self
        case .cancel: WireCancelRequest.self
        case .flagUrgent: WireFlagUrgentRequest.self
        case .openDesk: WireOpenDeskRequest.self
        case .pauseDesk: WirePauseDeskRequest.self
        case .bookAppointment: WireBookAppointmentRequest.self
        case .cancelAppointment: WireCancelAppointmentRequest.self
        case .listWaiting: WireListWaitingRequest.self
        case .getReport: WireGetReportRequest.self
        case .backup: WireBackupRequest.self
        case .reloadConfig: WireReloadConfigRequest.self
        case .getServerInfo: WireGetServerInfoRequest.self
        }
    }

    /// The message type of each MESSAGE frame of the call.
    public var responseType: any SwiftProtobuf.Message.Type {
        switch self {
        case .getSiteInfo: WireSiteInfo.self
        case .getStatus: WireQueueStatus.self
        case .subscribe: WireQueueEvent.self
        case .takeTicket, .checkIn, .callNext, .recall, .markNoShow, .finish, .reinstate, .transfer, .cancel,
            .flagUrgent, .openDesk, .pauseDesk, .bookAppointment, .cancelAppointment:
            WireCommandReply.self
        case .listWaiting: WireWaitingList.self
        case .getReport: WireReport.self
        case .backup: WireBackupChunk.self
        case .reloadConfig: WireReloadConfigReply.self
        case .getServerInfo: WireServerInfo.self
        }
    }
}
