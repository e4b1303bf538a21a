import Testing
import QueueCore

/// Services (each with its ticket prefix) and desks (each serving a set of services).
@Suite struct ServicesAndDesksTests {
    static let services: [ServiceID] = ["medical", "nursing", "social", "psy"]
    static let desks: [DeskID] = ["medecin-1", "medecin-2", "infirmerie", "social", "psy", "accueil"]

    @Test func eachServiceNumbersWithItsOwnPrefix() throws {
        var queue = Queue()
        let numbers = try Self.services.map { service throws(QueueError) in try queue.take(service, at: at(14)).number }
        #expect(numbers.map(\.description) == ["M-001", "N-001", "S-001", "P-001"])
    }

    @Test func aDeskCallsFromEveryServiceItServesAndNoOther() throws {
        var queue = Queue()
        let nursing = try queue.take("nursing", at: at(14, 0))
        let social = try queue.take("social", at: at(14, 1))
        let medical = try queue.take("medical", at: at(14, 2))
        // medecin-2 serves medical and nursing: it takes both, never the social ticket.
        #expect(try queue.call("medecin-2", at: at(14, 10))?.id == nursing.id)
        #expect(try queue.call("medecin-2", at: at(14, 20))?.id == medical.id)
        #expect(try queue.call("medecin-2", at: at(14, 30)) == nil)
        #expect(try queue.call("social", at: at(14, 31))?.id == social.id)
    }

    @Test func anUnknownServiceIsRefusedWithTheValidOnes() {
        var queue = Queue()
        let refusal = QueueError.unknownService("dentist", valid: Self.services)
        #expect(queue.refuse(.takeTicket(service: "dentist", language: "fr", urgent: false, idempotencyKey: nil), at: at(14)) == refusal)
        #expect(queue.refuse(.bookAppointment(service: "dentist", day: Week.tuesday, window: Mass.window("12:00-12:30"), entropy: 1), at: at(14)) == refusal)
    }

    @Test func aTransferToAnUnknownServiceIsRefused() throws {
        var queue = Queue()
        let ticket = try queue.take("medical", at: at(14))
        #expect(queue.refuse(.transfer(ticket.number, to: "dentist"), at: at(14, 5)) == .unknownService("dentist", valid: Self.services))
    }

    @Test(arguments: [
        QueueCommand.callNext(desk: "salle-9", language: nil), .recall(desk: "salle-9"), .markNoShow(desk: "salle-9"),
        .finish(desk: "salle-9"), .openDesk("salle-9"), .pauseDesk("salle-9"),
    ])
    func anUnknownDeskIsRefusedWithTheValidOnes(command: QueueCommand) throws {
        var queue = Queue()
        try queue.take("medical", at: at(14))
        #expect(queue.refuse(command, at: at(14, 5)) == .unknownDesk("salle-9", valid: Self.desks))
    }

    @Test func aDeskThatServesNothingCannotCall() throws {
        var queue = Queue()
        try queue.take("medical", at: at(14))
        #expect(queue.refuse(.callNext(desk: "accueil", language: nil), at: at(14, 5)) == .deskServesNothing("accueil"))
        // It can still be opened and paused (it shows on the board).
        try queue.run(.openDesk("accueil"), at: at(14, 6))
        #expect(queue.state.openDesks.contains("accueil"))
    }

    @Test func aDeskWithNobodyCalledHasNothingToRecallOrFinish() {
        var queue = Queue()
        for command in [QueueCommand.recall(desk: "psy"), .markNoShow(desk: "psy"), .finish(desk: "psy")] {
            #expect(queue.refuse(command, at: at(14)) == .noCurrentTicket("psy"))
        }
    }

    @Test func configurationProblemsAreNamed() {
        let site = SiteConfiguration(
            name: " ", timeZone: .utc,
            services: [
                Service(id: "medical", prefix: "M"), Service(id: "Mental", prefix: "M"), Service(id: "social", prefix: "s", dailyCap: 0),
            ],
            desks: [Desk(id: "one", label: "1", services: ["dentist"]), Desk(id: "one", label: "1", services: [])],
            languages: [])
        #expect(
            site.problems() == [
                "the site needs a name",
                "service name 'Mental' must be lowercase letters, digits, '-' or '_'",
                "services 'medical' and 'Mental' both use prefix M",
                "service 'social': prefix must be one uppercase letter A-Z",
                "service 'social': daily cap must be at least 1",
                "desk 'one' serves unknown service 'dentist'",
                "desk 'one' is defined twice",
                "at least one kiosk language is needed",
            ])
        #expect(Mass.site().problems() == [])
    }

    @Test func labelsFallBackToTheSiteLanguageThenTheName() {
        let medical = Mass.site().service("medical")!
        #expect(medical.label(in: "nl") == "Arts")
        #expect(medical.label(in: "ar", fallback: "fr") == "Médecin")
        #expect(medical.label(in: "ar") == "medical")
    }
}
