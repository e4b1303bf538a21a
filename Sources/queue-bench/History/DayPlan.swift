import QueueCore

/// One open day of `YearHistory`, played minute by minute on the writer's state: the desks
/// open, people arrive and take tickets, each desk calls the next one when it is free, and what
/// happens to a called ticket is drawn when it is called (a consultation, a no-show after a
/// recall, or a transfer to another service, whose ticket then waits there).
struct DayPlan {
    var date: LocalDate
    /// Minutes since local midnight: the desks open (the day's first command, so its rollover).
    var opens: Int
    /// Tickets are taken at random seconds in these minutes.
    var arrivals: Range<Int>
    /// The desks finish their tickets and pause; nil: the day is not over (today).
    var closes: Int?
    var tickets = 120
    /// The last minute played; `closes` when nil.
    var lastMinute: Int?

    private enum Outcome {
        case consult
        case noShow
        case transfer(to: ServiceID)
    }

    private struct DeskRun {
        let id: DeskID
        let services: [ServiceID]
        var current: (number: TicketNumber, outcome: Outcome)?
        /// Seconds since midnight when the desk is done with its current ticket.
        var freeAt = 0
    }

    func play(configuration: SiteConfiguration, writer: inout HistoryWriter, random: inout SeededGenerator) throws {
        let timeZone = configuration.timeZone
        func at(_ seconds: Int) -> Timestamp {
            timeZone.timestamp(of: LocalDateTime(date: date, secondsOfDay: seconds))
        }
        let services = configuration.services.map(\.id)
        let languages: [LanguageCode] = configuration.languages.isEmpty ? ["fr"] : configuration.languages
        // Arrivals: (second of the day, service, language, urgent), in order; seconds 0–29 of
        // a minute, so the desks act after them at :30.
        var people: [(second: Int, service: ServiceID, language: LanguageCode, urgent: Bool)] = []
        if !arrivals.isEmpty {
            for _ in 0..<tickets {
                let minute = Int.random(in: arrivals, using: &random)
                let roll = Int.random(in: 0..<10, using: &random)
                let service = services[min(services.count - 1, roll < 5 ? 0 : roll < 8 ? 1 : 2)]
                let language = languages[Int.random(in: 0..<(languages.count * 2), using: &random) % languages.count]
                people.append((minute * 60 + Int.random(in: 0..<30, using: &random), service, language,
                    Int.random(in: 0..<50, using: &random) == 0))
            }
        }
        people.sort { $0.second < $1.second }
        var desks = configuration.desks.sorted { $0.id < $1.id }.map { DeskRun(id: $0.id, services: $0.services.sorted()) }
        var waiting: [ServiceID: Int] = [:]

        for index in desks.indices { _ = try writer.run(.openDesk(desks[index].id), at: at(opens * 60)) }
        var next = 0
        let end = lastMinute ?? closes ?? opens
        for minute in opens...max(opens, end) {
            while next < people.count && people[next].second < (minute + 1) * 60 {
                let person = people[next]
                next += 1
                let command = QueueCommand.takeTicket(
                    service: person.service, language: person.language, urgent: person.urgent, idempotencyKey: nil)
                if let ticket = try writer.run(command, at: at(person.second))?.ticket {
                    waiting[ticket.service, default: 0] += 1
                }
            }
            for index in desks.indices {
                let second = minute * 60 + 30 + index
                guard second >= desks[index].freeAt else { continue }
                if let current = desks[index].current {
                    switch current.outcome {
                    case .consult:
                        break  // call-next finishes it
                    case .noShow:
                        _ = try writer.run(.recall(desk: desks[index].id), at: at(second))
                        _ = try writer.run(.markNoShow(desk: desks[index].id), at: at(second))
                        desks[index].current = nil
                    case .transfer(let target):
                        if try writer.run(.transfer(current.number, to: target), at: at(second)) != nil {
                            waiting[target, default: 0] += 1
                        }
                        desks[index].current = nil
                    }
                }
                let someoneWaits = desks[index].services.contains { waiting[$0, default: 0] > 0 }
                guard someoneWaits || desks[index].current != nil else { continue }
                let reply = try writer.run(.callNext(desk: desks[index].id, language: nil), at: at(second))
                desks[index].current = nil
                guard let ticket = reply?.ticket else { continue }
                waiting[ticket.service, default: 0] -= 1
                let roll = Int.random(in: 0..<100, using: &random)
                let others = services.filter { $0 != ticket.service }
                let outcome: Outcome
                let minutes: Int
                if roll < 6 {
                    outcome = .noShow
                    minutes = Int.random(in: 2...4, using: &random)
                } else if roll < 14, let target = others.randomElement(using: &random), ticket.transfers == 0 {
                    outcome = .transfer(to: target)
                    minutes = Int.random(in: 3...10, using: &random)
                } else {
                    outcome = .consult
                    minutes = Int.random(in: 3...12, using: &random)
                }
                desks[index].current = (ticket.number, outcome)
                desks[index].freeAt = second + minutes * 60
            }
        }
        if let closes {
            for desk in desks {
                if desk.current != nil { _ = try writer.run(.finish(desk: desk.id), at: at(closes * 60 + 40)) }
                _ = try writer.run(.pauseDesk(desk.id), at: at(closes * 60 + 50))
            }
        }
        try writer.flush()
    }
}
