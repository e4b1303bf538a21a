import FoundationEssentials
import QueueCore
import SwiftProtobuf
import WireProtocol

/// A realistic request and response message for every method, so each travels with something
/// in every field group it has (an empty request message stays empty: the method takes none).
enum MethodMessages {
    static func request(for method: Method) -> any SwiftProtobuf.Message {
        if method.drivesCommand, let command = MethodTableTests.commands.first(where: { Method(command: $0) == method }),
            let request = command.request
        {
            return request
        }
        switch method {
        case .getSiteInfo: return WireGetSiteInfoRequest()
        case .getStatus: return WireGetStatusRequest()
        case .subscribe: return WireSubscribeRequest.with { $0.afterSeq = 41 }
        case .listWaiting:
            return WireListWaitingRequest.with {
                $0.desk = "salle-1"
                $0.service = "medical"
            }
        case .getReport:
            return WireGetReportRequest.with {
                $0.fromDay = "2026-11-01"
                $0.throughDay = "2026-11-30"
            }
        case .backup: return WireBackupRequest()
        case .reloadConfig: return WireReloadConfigRequest()
        case .getServerInfo: return WireGetServerInfoRequest()
        default: fatalError("\(method) drives a command that MethodTableTests.commands lacks")
        }
    }

    static func response(for method: Method) -> any SwiftProtobuf.Message {
        switch method.responseType {
        case is WireSiteInfo.Type: return site
        case is WireQueueStatus.Type:
            return WireQueueStatus.with {
                $0.atMs = 1_795_417_200_000
                $0.day = "2026-11-23"
                $0.lastSeq = 41
                $0.utcOffsetSeconds = 3600
                $0.services = [.with { $0.service = "medical" }]
            }
        case is WireQueueEvent.Type:
            return WireQueueEvent(
                QueueEvent(seq: 7, at: Timestamp(millisecondsSinceEpoch: 1_795_417_200_000), kind: .deskOpened("salle-1")))
        case is WireCommandReply.Type:
            return WireCommandReply.with {
                $0.ticket = ticket
                $0.estimate = .with {
                    $0.peopleAhead = 3
                    $0.minutes = 25
                }
            }
        case is WireWaitingList.Type:
            return WireWaitingList.with {
                $0.lastSeq = 41
                $0.lines = [.with {
                    $0.service = "medical"
                    $0.tickets = [ticket]
                }]
            }
        case is WireReport.Type:
            return WireReport.with {
                $0.fromDay = "2026-11-01"
                $0.throughDay = "2026-11-30"
                $0.daysOpen = 21
            }
        case is WireBackupChunk.Type:
            return WireBackupChunk.with {
                $0.offset = 4096
                $0.data = Data([0x53, 0x51, 0x4c, 0x69, 0x74, 0x65])
                $0.totalBytes = 8192
            }
        case is WireReloadConfigReply.Type: return WireReloadConfigReply.with { $0.site = site }
        case is WireServerInfo.Type:
            return WireServerInfo.with {
                $0.serverVersion = "0.1.0"
                $0.minProtocolVersion = 1
                $0.maxProtocolVersion = 1
                $0.startedAtMs = 1_795_410_000_000
                $0.lastSeq = 41
                $0.connections = 5
                $0.subscriptions = 2
            }
        default: fatalError("no sample \(method.responseType) for \(method)")
        }
    }

    static let ticket = WireTicket.with {
        $0.id = 12
        $0.number = "M-007"
        $0.day = "2026-11-23"
        $0.service = "medical"
        $0.issuedFor = "medical"
        $0.language = "ar"
        $0.arrivedAtMs = 1_795_417_500_000
        $0.state = .waiting
    }

    static let site = WireSiteInfo.with {
        $0.name = "Espace Santé Bruxelles"
        $0.timeZone = "Europe/Brussels"
        $0.utcOffsetSeconds = 3600
        $0.languages = ["fr", "nl", "ar"]
        $0.services = [.with {
            $0.id = "medical"
            $0.prefix = "M"
        }]
        $0.desks = [.with {
            $0.id = "salle-1"
            $0.services = ["medical"]
        }]
    }
}
