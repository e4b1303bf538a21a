/// A day at the MASS de Bruxelles as a plan, drawn from a seed: about 48 people (some come
/// twice), about 73 consultations between 10:00 and 19:00, medical, social and psychological,
/// with transfers (the doctor sends someone to the social worker), no-shows and recalls.
/// Figures from the MASS's 2016 activity report (../shared/seeds/mass-bruxelles.txt).
struct MassDayPlan: Sendable {
    /// What happens when a ticket is called, in order; the last stage is a consultation or a no-show.
    enum Stage: Sendable, Hashable {
        case consult(minutes: Int, recalls: Int)
        case transfer(minutes: Int, to: String, recalls: Int)
        case noShow(recalls: Int)
    }

    struct Visit: Sendable, Hashable {
        var person: Int
        /// Minutes since local midnight.
        var arrival: Int
        var service: String
        var language: String
        var stages: [Stage]
    }

    static let services = ["medical", "social", "psychological"]
    static let opening = 10 * 60
    static let lastArrival = 18 * 60 + 30

    var visits: [Visit]

    init(seed: UInt64, people: Int = 48) {
        var random = SeededGenerator(seed: seed)
        var visits: [Visit] = []
        for person in 0..<people {
            let arrival = Int.random(in: Self.opening...(Self.lastArrival - 90), using: &random)
            visits.append(Self.visit(person: person, arrival: arrival, using: &random))
            if Int.random(in: 0..<4, using: &random) == 0 {
                let again = Int.random(in: (arrival + 60)...Self.lastArrival, using: &random)
                visits.append(Self.visit(person: person, arrival: again, using: &random))
            }
        }
        self.visits = visits.sorted { ($0.arrival, $0.person) < ($1.arrival, $1.person) }
    }

    var people: Int { Set(visits.map(\.person)).count }

    /// Consultations the plan holds if every stage is played: consults and transfers.
    var plannedConsultations: Int {
        visits.reduce(0) { sum, visit in
            sum + visit.stages.filter { if case .noShow = $0 { false } else { true } }.count
        }
    }

    private static func visit(person: Int, arrival: Int, using random: inout SeededGenerator) -> Visit {
        let roll = Int.random(in: 0..<10, using: &random)
        let service = roll < 5 ? "medical" : roll < 8 ? "social" : "psychological"
        let languages = ["fr", "fr", "fr", "ar", "en", "ro", "pl", "es"]
        let language = languages[Int.random(in: 0..<languages.count, using: &random)]
        func recalls() -> Int { Int.random(in: 0..<7, using: &random) == 0 ? 1 : 0 }
        func minutes() -> Int { Int.random(in: 5...25, using: &random) }
        var stages: [Stage] = []
        if Int.random(in: 0..<14, using: &random) == 0 {
            stages = [.noShow(recalls: 1 + recalls())]
        } else if Int.random(in: 0..<10, using: &random) < 3 {
            let others = Self.services.filter { $0 != service }
            let target = others[Int.random(in: 0..<others.count, using: &random)]
            stages = [.transfer(minutes: minutes(), to: target, recalls: recalls()), .consult(minutes: minutes(), recalls: recalls())]
        } else {
            stages = [.consult(minutes: minutes(), recalls: recalls())]
        }
        return Visit(person: person, arrival: arrival, service: service, language: language, stages: stages)
    }
}
