/// The methods a client can call, by their `UInt16` id on the wire. Ids are never reused; an
/// id the server does not know ends the call with UNIMPLEMENTED. The table (types, kinds,
/// roles) is in `Method+Table.swift` and docs/PROTOCOL.md.
public enum Method: UInt16, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    // Any role.
    case getSiteInfo = 1
    case getStatus = 2
    // Display, desk.
    case subscribe = 3
    // Kiosk, desk.
    case takeTicket = 10
    case checkIn = 11
    // Desk.
    case callNext = 20
    case recall = 21
    case markNoShow = 22
    case finish = 23
    case reinstate = 24
    case transfer = 25
    case cancel = 26
    case flagUrgent = 27
    case openDesk = 28
    case pauseDesk = 29
    case bookAppointment = 30
    case cancelAppointment = 31
    case listWaiting = 32
    // Admin.
    case getReport = 40
    case backup = 41
    case reloadConfig = 42
    case getServerInfo = 43

    /// How a method answers.
    public enum Kind: Hashable, Sendable {
        /// One MESSAGE (on success), then STATUS.
        case unary
        /// Any number of MESSAGE frames, then STATUS.
        case serverStreaming
    }

    /// The name in the spec and in logs: `TakeTicket`.
    public var name: String {
        switch self {
        case .getSiteInfo: "GetSiteInfo"
        case .getStatus: "GetStatus"
        case .subscribe: "Subscribe"
        case .takeTicket: "TakeTicket"
        case .checkIn: "CheckIn"
        case .callNext: "CallNext"
        case .recall: "Recall"
        case .markNoShow: "MarkNoShow"
        case .finish: "Finish"
        case .reinstate: "Reinstate"
        case .transfer: "Transfer"
        case .cancel: "Cancel"
        case .flagUrgent: "FlagUrgent"
        case .openDesk: "OpenDesk"
        case .pauseDesk: "PauseDesk"
        case .bookAppointment: "BookAppointment"
        case .cancelAppointment: "CancelAppointment"
        case .listWaiting: "ListWaiting"
        case .getReport: "GetReport"
        case .backup: "Backup"
        case .reloadConfig: "ReloadConfig"
        case .getServerInfo: "GetServerInfo"
        }
    }

    public var description: String { name }
}
