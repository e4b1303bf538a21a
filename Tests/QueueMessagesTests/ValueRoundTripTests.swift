import QueueCore
import QueueMessages
import Testing

@Suite("Values round-trip through their messages")
struct ValueRoundTripTests {
    @Test func everyEventKindRoundTrips() throws {
        let scenario = try Scenario.twoDays()
        let kinds = Set(scenario.events.map(\.kind.name))
        #expect(kinds.count == 14, "the scenario covers \(kinds.sorted())")
        for event in scenario.events {
            #expect(try roundTrip(event, WireQueueEvent.init, QueueEvent.init) == event)
        }
    }

    @Test func ticketsInEveryStateRoundTrip() throws {
        let scenario = try Scenario.morning()
        let tickets = scenario.events.compactMap(\.ticket)
        #expect(Set(tickets.map(\.state.kind)) == Set(TicketState.Kind.allCases))
        #expect(tickets.contains { $0.appointment != nil && $0.urgentSince == nil })
        #expect(tickets.contains { $0.idempotencyKey != nil } && tickets.contains { $0.idempotencyKey == nil })
        for ticket in tickets {
            #expect(try roundTrip(ticket, WireTicket.init, Ticket.init) == ticket)
        }
    }

    @Test func appointmentsAndRepliesRoundTrip() throws {
        let scenario = try Scenario.morning()
        for appointment in scenario.state.appointments.values {
            #expect(try roundTrip(appointment, WireAppointment.init, Appointment.init) == appointment)
        }
        for reply in scenario.replies {
            #expect(try roundTrip(reply, WireCommandReply.init, CommandReply.init) == reply)
        }
    }

    @Test func snapshotRoundTrips() throws {
        let state = try Scenario.morning().state
        let snapshot = try roundTrip(state.snapshot, StoredSnapshot.init, QueueState.Snapshot.init)
        #expect(snapshot == state.snapshot)
        #expect(QueueState(configuration: Scenario.site, snapshot: snapshot).snapshot == state.snapshot)

        let empty = QueueState(configuration: Scenario.site).snapshot
        #expect(try roundTrip(empty, StoredSnapshot.init, QueueState.Snapshot.init) == empty)
    }

    @Test func dayFiguresAndReportsRoundTrip() throws {
        var builder = DayFiguresBuilder(timeZone: Scenario.zone)
        for event in try Scenario.twoDays().events { builder.add(event) }
        #expect(builder.figures.count == 2)
        for day in builder.figures {
            #expect(try roundTrip(day, StoredDayFigures.init, DayFigures.init) == day)
        }
        let report = PeriodReport(from: Scenario.day, through: Scenario.day.adding(days: 30), days: builder.figures)
        #expect(report.services["medical"]?.waits.total ?? 0 > 0)
        #expect(try roundTrip(report, WireReport.init, PeriodReport.init) == report)
    }

    @Test func statusAndWaitingListRoundTrip() throws {
        let state = try Scenario.morning().state
        let now = Scenario.at(10, 31)
        let status = QueueStatus(state, at: now)
        #expect(status.desks.contains { $0.current != nil })
        #expect(try roundTrip(status, WireQueueStatus.init, QueueStatus.init) == status)

        let waiting = WaitingList(state, services: ["medical", "nursing"], at: now)
        #expect(waiting.lines.contains { !$0.tickets.isEmpty })
        #expect(try roundTrip(waiting, WireWaitingList.init, WaitingList.init) == waiting)
    }

    @Test func siteRoundTripsWithItsOffsetFixed() throws {
        let site = try roundTrip(Scenario.site, { WireSiteInfo($0, at: Scenario.at(9, 0)) }, SiteConfiguration.init)
        #expect(site == Scenario.site)
    }

    @Test func siteInfoReportsTheOffsetInForce() {
        var site = Scenario.site
        site.timeZone = .fixed(offsetSeconds: -5400, identifier: "Elsewhere")
        let info = WireSiteInfo(site, at: Scenario.at(9, 0))
        #expect(info.utcOffsetSeconds == -5400)
        #expect(info.timeZone == "Elsewhere")
        #expect(info.services.map(\.prefix) == ["M", "N", "S"])
    }
}
