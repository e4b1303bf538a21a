import QueueCore
import WireProtocol

extension QueueClient {
    /// The site: services (labels per language, hours, caps), desks, languages, hours. Fetch it
    /// again after every reconnect: ReloadConfig may have changed it.
    public func getSiteInfo() async throws -> SiteInfo {
        let message = try await unary(.getSiteInfo, WireGetSiteInfoRequest(), as: WireSiteInfo.self)
        return try SiteInfo(message)
    }

    /// The queue as of event `lastSeq`: subscribe with `after: lastSeq` to follow it.
    public func getStatus() async throws -> QueueStatus {
        let message = try await unary(.getStatus, WireGetStatusRequest(), as: WireQueueStatus.self)
        return try decoded("GetStatus") { try QueueStatus(message) }
    }

    /// Waiting tickets in calling order: of `desk`'s services, of `service`, or of every service.
    public func listWaiting(desk: DeskID? = nil, service: ServiceID? = nil) async throws -> WaitingList {
        let request = WireListWaitingRequest.with {
            $0.desk = desk?.rawValue ?? ""
            $0.service = service?.rawValue ?? ""
        }
        let message = try await unary(.listWaiting, request, as: WireWaitingList.self)
        return try decoded("ListWaiting") { try WaitingList(message) }
    }

    /// Version, uptime, last event, database size (admin).
    public func getServerInfo() async throws -> WireServerInfo {
        try await unary(.getServerInfo, WireGetServerInfoRequest(), as: WireServerInfo.self)
    }
}

/// Maps a reply that does not decode into QueueCore values to a `ClientError`.
func decoded<T>(_ method: String, _ decode: () throws -> T) throws -> T {
    do {
        return try decode()
    } catch {
        throw ClientError(.internal, "the server's \(method) reply is malformed: \(error)", origin: .local)
    }
}
