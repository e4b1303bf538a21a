import NIOCore
import QueueCore
import Testing
import WireProtocol

@Suite("Method table")
struct MethodTableTests {
    /// The table of docs/PROTOCOL.md: id, name, streaming, roles besides admin.
    static let table: [(UInt16, String, Bool, Set<Role>)] = [
        (1, "GetSiteInfo", false, [.kiosk, .display, .desk]),
        (2, "GetStatus", false, [.kiosk, .display, .desk]),
        (3, "Subscribe", true, [.display, .desk]),
        (10, "TakeTicket", false, [.kiosk, .desk]),
        (11, "CheckIn", false, [.kiosk, .desk]),
        (20, "CallNext", false, [.desk]),
        (21, "Recall", false, [.desk]),
        (22, "MarkNoShow", false, [.desk]),
        (23, "Finish", false, [.desk]),
        (24, "Reinstate", false, [.desk]),
        (25, "Transfer", false, [.desk]),
        (26, "Cancel", false, [.desk]),
        (27, "FlagUrgent", false, [.desk]),
        (28, "OpenDesk", false, [.desk]),
        (29, "PauseDesk", false, [.desk]),
        (30, "BookAppointment", false, [.desk]),
        (31, "CancelAppointment", false, [.desk]),
        (32, "ListWaiting", false, [.desk]),
        (40, "GetReport", false, []),
        (41, "Backup", true, []),
        (42, "ReloadConfig", false, []),
        (43, "GetServerInfo", false, []),
    ]

    @Test func tableMatchesTheSpec() {
        #expect(Method.allCases.count == Self.table.count)
        for (id, name, streaming, roles) in Self.table {
            guard let method = Method(rawValue: id) else {
                Issue.record("no method \(id)")
                continue
            }
            #expect(method.name == name)
            #expect(method.kind == (streaming ? .serverStreaming : .unary))
            #expect(method.roles == roles.union([.admin]))
            #expect(method.allows(.admin))
        }
    }

    @Test func commandMethodsAnswerWithACommandReply() {
        for method in Method.allCases {
            #expect(method.drivesCommand == (method.responseType == WireCommandReply.self), "\(method)")
        }
        #expect(Method.allCases.filter(\.drivesCommand).count == 14)
    }

    static let commands: [QueueCommand] = [
        .takeTicket(service: "medical", language: "ar", urgent: true, idempotencyKey: "k-9"),
        .checkIn(code: "482-913", language: "ti"),
        .callNext(desk: "salle-1", language: "nl"),
        .recall(desk: "salle-1"),
        .markNoShow(desk: "salle-1"),
        .finish(desk: "salle-1"),
        .reinstate(TicketNumber(prefix: "M", number: 7)),
        .transfer(TicketNumber(prefix: "M", number: 8), to: "nursing"),
        .cancel(TicketNumber(prefix: "S", number: 1)),
        .flagUrgent(TicketNumber(prefix: "N", number: 3)),
        .openDesk("bureau"),
        .pauseDesk("bureau"),
        .bookAppointment(
            service: "medical", day: LocalDate(year: 2026, month: 11, day: 23)!, window: TimeWindow("09:00-09:30")!,
            entropy: 77),
        .cancelAppointment(code: "482913"),
    ]

    @Test(arguments: commands)
    func commandTravelsInItsMethodsRequest(command: QueueCommand) throws {
        let method = try #require(Method(command: command))
        let request = try #require(command.request)
        #expect(type(of: request) == method.requestType)
        let frame = try Frame(.request(try Frame.Request(callID: 1, method: method, message: request)))
        guard case .request(let parsed) = try frame.content() else {
            Issue.record("not a request")
            return
        }
        let context = CommandContext(entropy: 77, mayMarkUrgent: true, defaultLanguage: "fr")
        #expect(try parsed.method?.command(from: parsed.body, context: context) == command)
    }

    @Test func otherMethodsDriveNoCommand() throws {
        let context = CommandContext(entropy: 0, mayMarkUrgent: false, defaultLanguage: "fr")
        #expect(try Method.getStatus.command(from: ByteBuffer(), context: context) == nil)
        #expect(Method(command: .rollOver) == nil)
    }

    @Test func malformedRequestBodiesThrowMessageError() {
        let context = CommandContext(entropy: 0, mayMarkUrgent: false, defaultLanguage: "fr")
        #expect(throws: MessageError.self) {
            try Method.takeTicket.command(from: ByteBuffer(bytes: [0xff]), context: context)
        }
        #expect(throws: MessageError.missing(field: "desk")) {
            try Method.callNext.command(from: ByteBuffer(), context: context)
        }
    }
}
